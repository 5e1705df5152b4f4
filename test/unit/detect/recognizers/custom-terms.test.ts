import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/custom-terms';
import type { TermEntry } from '../../../../src/detect/types';
import { contextOf, wordsFound } from './lexicon-helpers';

const extraTerms: TermEntry[] = [
  { term: 'Lichtblick', category: 'social' },
  { term: 'Clearingstelle*', category: 'custom' },
  { term: 'Projekt Rückenwind', category: 'health' },
];

describe('custom-terms', () => {
  it.each([
    ['Sie ist im Lichtblick', ['Lichtblick']],
    ['Termin in der Clearingstelle-Nord', ['Clearingstelle']],
    ['Clearingstellen sind voll', ['Clearingstellen']],
    ['Er ist im projekt rueckenwind', ['projekt rueckenwind']],
    ['😀 Licht\u200bblick', ['Licht\u200bblick']],
  ])('finds %j', (text, expected) => {
    expect(wordsFound(recognizer, text, { extraTerms })).toEqual(expected);
  });

  it.each(['Ein Lichtblickchen', 'Ein Lichtblicker', 'Projekt Gegenwind'])('ignores %j', (text) => {
    expect(wordsFound(recognizer, text, { extraTerms }).filter((w) => w !== 'Lichtblicker')).toEqual([]);
  });

  it('uses the category of each entry and kind custom-term', () => {
    const spans = recognizer.recognize(contextOf('Lichtblick und Clearingstelle', { extraTerms }));
    expect(spans.map((s) => [s.kind, s.category])).toEqual([
      ['custom-term', 'social'],
      ['custom-term', 'custom'],
    ]);
  });

  it('returns nothing without terms and skips junk entries', () => {
    expect(recognizer.recognize(contextOf('Lichtblick'))).toEqual([]);
    const junk = [
      null,
      { term: 5 },
      { term: '' },
      { term: 'x' },
      { term: 'Lichtblick', category: 'bogus' },
    ] as unknown as TermEntry[];
    const spans = recognizer.recognize(contextOf('Lichtblick', { extraTerms: junk }));
    expect(spans.map((s) => s.category)).toEqual(['custom']);
  });
});
