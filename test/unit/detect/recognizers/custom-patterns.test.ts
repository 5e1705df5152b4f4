import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/custom-patterns';
import type { PatternEntry } from '../../../../src/detect/types';
import { contextOf, wordsFound } from './lexicon-helpers';

const customPatterns: PatternEntry[] = [
  { name: 'vorgang', pattern: 'VG-\\d{4}-\\d{3}', category: 'identifier' },
  { name: 'broken', pattern: '(?<=x)a', category: 'identifier' },
  { name: 'empty', pattern: 'a*', category: 'identifier' },
];

describe('custom-patterns', () => {
  it.each([
    ['Vorgang VG-2025-001 angelegt', ['VG-2025-001']],
    ['vg-2025-001 und VG-2024-999', ['vg-2025-001', 'VG-2024-999']],
    ['😀\u200b VG-2025-001', ['VG-2025-001']],
  ])('finds %j', (text, expected) => {
    expect(wordsFound(recognizer, text, { customPatterns })).toEqual(expected);
  });

  it.each(['VG-25-001', 'VG-2025-01', 'VG 2025 001'])('ignores near-miss %j', (text) => {
    expect(wordsFound(recognizer, text, { customPatterns })).toEqual([]);
  });

  it('uses the pattern name as kind and skips invalid patterns without failing', () => {
    const spans = recognizer.recognize(contextOf('VG-2025-001 xa', { customPatterns }));
    expect(spans.map((s) => [s.kind, s.category, s.reason])).toEqual([['vorgang', 'identifier', 'custom-pattern']]);
  });

  it('returns nothing without patterns or with junk', () => {
    expect(recognizer.recognize(contextOf('VG-2025-001'))).toEqual([]);
    const junk = [null, { name: '', pattern: 'x' }, { name: 'n', pattern: 42 }] as unknown as PatternEntry[];
    expect(recognizer.recognize(contextOf('VG-2025-001 x', { customPatterns: junk }))).toEqual([]);
  });
});
