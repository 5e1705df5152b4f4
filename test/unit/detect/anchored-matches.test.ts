import { describe, expect, it } from 'vitest';
import { digitRunStarts, indexesOf, letterRunStart, matchAllAt } from '../../../src/detect/anchored-matches';

const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);

describe('matchAllAt', () => {
  const street = /(?<![\p{L}\p{N}-])\p{Lu}(?:\p{L}*-)*\p{L}*(?:straße|weg) \d+/gu;

  it.each([
    ['Hauptstraße 12 und Karl-Marx-Weg 3', [0, 19]],
    ['Die Hauptstraße 12', [4]],
    ['xHauptstraße 12', [0, 1]], // a start after a letter is tried and rejected by the lookbehind
    ['', []],
  ])('equals matchAll where every match starts at a given start: %j', (text, starts) => {
    expect(spans(matchAllAt(street, text, starts))).toEqual(spans(text.matchAll(street)));
  });

  it('finds nothing where no start is given, even if the regex would match there', () => {
    expect(spans(matchAllAt(street, 'Hauptstraße 12', [3]))).toEqual([]);
  });

  it('skips a start inside the previous match, like matchAll', () => {
    const re = /a+b/g;
    expect(spans(matchAllAt(re, 'aaab aab', [2, 0, 1, 5, 5]))).toEqual([
      [0, 'aaab'],
      [5, 'aab'],
    ]);
    expect(re.lastIndex).toBe(0); // the caller's regex is not touched
  });
});

describe('letterRunStart', () => {
  it.each([
    ['Karl-Marx-Allee 3', 15, false, 10],
    ['Karl-Marx-Allee 3', 15, true, 0],
    ['Müller (34)', 6, false, 0],
    ['x 𞤀𞤢 (3)', 6, false, 2], // astral letters count by code point
    ['12 (3)', 2, false, 2], // digits are not letters
    ['a', 0, false, 0],
  ])('%j before %i (hyphens %s) starts at %i', (text, end, hyphens, start) => {
    expect(letterRunStart(text, end, hyphens)).toBe(start);
  });
});

describe('indexesOf', () => {
  it('finds overlapping occurrences and none in an empty text', () => {
    expect(indexesOf('aaa', 'aa')).toEqual([0, 1]);
    expect(indexesOf('', 'az')).toEqual([]);
  });
});

describe('digitRunStarts', () => {
  it.each([
    ['', []],
    ['keine Ziffern', []],
    ['um 10 Uhr, 12.03.1987', [3, 11, 14, 17]],
    ['A123456780', [1]],
    ['٣3', [1]], // only ASCII digits
  ])('%j → %j', (text, starts) => {
    expect(digitRunStarts(text)).toEqual(starts);
  });

  it('answers for the text asked about, not the previous one', () => {
    expect(digitRunStarts('1 2')).toEqual([0, 2]);
    expect(digitRunStarts('12')).toEqual([0]);
  });
});
