import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_PATTERN_BUDGET_MS } from '../../../../src/detect/custom-pattern';
import { scan } from '../../../../src/detect/index';
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

/**
 * Issue 12, finding 7: all custom patterns of one scan share a time budget. Running out is a
 * failed check (the guard asks for an acknowledgement), never a silent "nothing found".
 */
describe('custom-patterns: time budget', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Every clock reading is `step` ms after the previous one. */
  function slowClock(step: number) {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += step));
  }

  const many: PatternEntry[] = Array.from({ length: 10 }, (_, i) => ({
    name: `muster${i}`,
    pattern: `VG-${i}\\d{3}`,
    category: 'identifier' as const,
  }));

  it('a scan whose patterns run out of time reports custom-patterns as failed', () => {
    slowClock(CUSTOM_PATTERN_BUDGET_MS / 4);
    const result = scan('Vorgang VG-1123 angelegt', { customPatterns: many });
    expect(result.failed).toEqual(['custom-patterns']);
  });

  it('a long draft with one pattern runs out between windows and fails, not passes', () => {
    slowClock(CUSTOM_PATTERN_BUDGET_MS / 8);
    const result = scan('x'.repeat(200_000) + ' VG-1123', { customPatterns: many.slice(0, 1) });
    expect(result.failed).toEqual(['custom-patterns']);
  });

  it('within the budget the same scan finds the pattern and fails nothing', () => {
    slowClock(0);
    const result = scan('Vorgang VG-1123 angelegt', { customPatterns: many });
    expect(result.failed).toBeUndefined();
    expect(result.findings.map((f) => f.kind)).toContain('muster1');
  });
});
