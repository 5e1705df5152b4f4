import { describe, expect, it } from 'vitest';
import { SPACED_LETTERS, isLetterUnit, normalise, toOriginalSpan } from '../../../src/detect/normalise';

const ZWSP = '\u200b';
const ZWJ = '\u200d';
const RLO = '\u202e';
const PDF = '\u202c';
const SHY = '\u00ad';

describe('normalise', () => {
  it.each([
    // [input, expected text]
    ['Depression', 'Depression'],
    [`De${ZWSP}pres${ZWJ}sion`, 'Depression'],
    [`${RLO}schwanger${PDF}`, 'schwanger'],
    [`Ent${SHY}giftung`, 'Entgiftung'],
    ['ＡＩＤＳ', 'AIDS'], // full-width (NFKC)
    ['ﬁnanziell', 'finanziell'], // ligature fi (NFKC)
    ['cafe\u0301', 'café'], // combining accent composed
    ['Dерrеssiоn', 'Depression'], // Cyrillic е, р, о inside a Latin word
    ['ΑΙDS', 'AIDS'], // Greek capitals mixed with Latin
    ['Ѕuіzіd', 'Suizid'],
    ['D e p r e s s i o n', 'Depression'],
    ['D.e.p.r.e.s.s.i.o.n', 'Depression'],
    ['k o k a i n nehmen', 'kokain nehmen'],
    ['T o c h t e r h a t S u c h t', 'Tochterhat Sucht'],
    ['non\u00a0breaking', 'non breaking'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    // near-misses: left as they are
    ['z. B. u s w', 'z. B. u s w'], // fewer than four spaced letters
    ['a b c', 'a b c'],
    ['Москва и сосна', 'Москва и сосна'], // genuine Cyrillic words keep their letters
    ['Αθήνα', 'Αθήνα'], // genuine Greek
    ['مرحبا بالعالم', 'مرحبا بالعالم'], // RTL text
    ['😀👍🏽 ok', '😀👍🏽 ok'],
    ['Straße, Kindeswohlgefährdung', 'Straße, Kindeswohlgefährdung'],
    ['1 2 3 4 5', '1 2 3 4 5'], // digits are not spaced letters
  ])('leaves %j alone', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('maps spans back to the original after removed, folded and joined characters', () => {
    const original = `😀 Frau ${ZWSP}Becker hat D e p r e s s i o n e n und ist sch${ZWSP}wan${ZWSP}ger, Ѕuіzіd`;
    const norm = normalise(original);
    for (const word of ['Becker', 'Depressionen', 'schwanger', 'Suizid']) {
      const at = norm.text.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      const [start, end] = toOriginalSpan(norm, at, at + word.length);
      const slice = original.slice(start, end);
      // The original slice is the word as typed: same letters once invisible/space are dropped.
      expect(normalise(slice).text).toBe(word);
    }
    const at = norm.text.indexOf('Depressionen');
    expect(original.slice(...toOriginalSpan(norm, at, at + 12))).toBe('D e p r e s s i o n e n');
  });

  it('maps a full-width expansion to the whole original character', () => {
    const original = 'xﬁx';
    const norm = normalise(original);
    expect(norm.text).toBe('xfix');
    expect(toOriginalSpan(norm, 1, 2)).toEqual([1, 2]);
    expect(toOriginalSpan(norm, 2, 3)).toEqual([1, 2]);
    expect(toOriginalSpan(norm, 0, 4)).toEqual([0, 3]);
  });

  it('keeps lower the same length as text, also for letters whose lower case is longer', () => {
    for (const input of ['İstanbul', 'ẞTRASSE', 'ΣΟΦΙΑ', 'Ǆ', 'ﬃ']) {
      const norm = normalise(input);
      expect(norm.lower.length).toBe(norm.text.length);
      expect((norm.srcStart ?? [...norm.text]).length).toBe(norm.text.length);
    }
    expect(normalise('ẞTRASSE').lower).toBe('ßtrasse');
  });

  it('survives lone surrogates, emoji sequences and empty input', () => {
    for (const input of ['\ud800', '\udc00abc', 'a\ud83d', '👨‍👩‍👧', '', '   ', '\u0301\u0301']) {
      const norm = normalise(input);
      expect(norm.lower.length).toBe(norm.text.length);
      for (let i = 0; i < norm.text.length; i++) {
        const [start, end] = toOriginalSpan(norm, i, i + 1);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(input.length);
        expect(start).toBeLessThan(end);
      }
    }
    expect(normalise(undefined as unknown as string).text).toBe('');
  });

  it('clamps out-of-range spans instead of throwing', () => {
    const norm = normalise('abc');
    expect(toOriginalSpan(norm, -5, 99)).toEqual([0, 3]);
    expect(toOriginalSpan(norm, 2, 1)).toEqual([2, 2]);
    expect(toOriginalSpan(normalise(''), 0, 1)).toEqual([0, 0]);
  });

  it('handles 100,000 characters of mixed script in one pass', () => {
    const input = `Frau Bеcker 😀 ä ${ZWSP}D e p r e s s i o n \ud800 مرحبا `.repeat(2500).slice(0, 100_000);
    const norm = normalise(input);
    expect(norm.lower.length).toBe(norm.text.length);
    expect(norm.srcStart).not.toBeNull();
    expect(toOriginalSpan(norm, 0, norm.text.length)[1]).toBeLessThanOrEqual(input.length);
    // Offsets never go backwards.
    let monotonic = true;
    for (let i = 1; i < norm.text.length; i++) if (norm.srcStart![i]! < norm.srcStart![i - 1]!) monotonic = false;
    expect(monotonic).toBe(true);
  });

  it('maps every unit the same way through toOriginalSpan and through srcStart/srcEnd', () => {
    for (const input of [
      `x${ZWSP}ﬁ😀 D e p r e s s i o n Ѕuіzіd ❤ T o c h t e r h a t S u c h t \ud800 cafe\u0301`,
      `${ZWSP}${ZWSP}a`,
      'ﬁﬁ',
    ]) {
      const norm = normalise(input);
      expect(norm.srcStart).not.toBeNull();
      for (let k = 0; k < norm.text.length; k++) {
        expect(toOriginalSpan(norm, k, k + 1)).toEqual([norm.srcStart![k], norm.srcEnd![k]]);
      }
    }
    const norm = normalise(`ab${ZWSP}c D e p r`);
    expect(norm.srcStart).toEqual([0, 1, 3, 4, 5, 7, 9, 11]);
    expect(norm.srcEnd).toEqual([1, 2, 4, 5, 6, 8, 10, 12]);
  });

  it('pre-checks spaced letters with the same idea of a letter as isLetterUnit, for every unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      const letter = isLetterUnit(c);
      const word = letter || (c >= 0x30 && c <= 0x39);
      // As the first spaced letter, as the last one, and as a neighbour that spoils the run.
      if (SPACED_LETTERS.test(`${unit} b c d`) !== letter) wrong.push(c);
      else if (SPACED_LETTERS.test(`a b c ${unit}`) !== letter) wrong.push(c);
      else if (SPACED_LETTERS.test(`${unit}a b c d`) !== !word) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('allocates no offset map when nothing changes, and maps offsets as the identity', () => {
    const norm = normalise('Hallo Frau Becker, schön – „gut“ 😀 Grüße');
    expect(norm.srcStart).toBeNull();
    expect(norm.text).toBe('Hallo Frau Becker, schön – „gut“ 😀 Grüße');
    expect(toOriginalSpan(norm, 6, 10)).toEqual([6, 10]);
  });
});
