import { describe, expect, it } from 'vitest';
import { allowTermsFor, MAX_ALLOW_TERMS, overlapsAny } from '../../../src/detect/allow-terms';
import { scanWith, type Recognizer } from '../../../src/detect/index';
import { normalise } from '../../../src/detect/normalise';
import { POLICY_SCHEMA } from '../../../src/policy/schema';

/** A recognizer that reports every occurrence of `needle` as a person name. */
function names(...needles: string[]): Recognizer {
  return {
    id: 'names',
    kinds: ['person'],
    recognize(ctx) {
      return needles.flatMap((needle) => {
        const out = [];
        for (let at = ctx.text.indexOf(needle); at >= 0; at = ctx.text.indexOf(needle, at + 1))
          out.push({ category: 'name' as const, kind: 'person', start: at, end: at + needle.length, score: 0.9 });
        return out;
      });
    },
  };
}

const filler = (count: number) => Array.from({ length: count }, (_, i) => `Mitarbeiterin${i}`);

/** Issue 12, finding 12: the schema allows 1,000 allow terms; all of them count. */
describe('allow terms: every term a policy can hold', () => {
  it('the limit is the schema’s', () => {
    expect(MAX_ALLOW_TERMS).toBe(POLICY_SCHEMA.allowTerms.maxItems);
  });

  it.each([
    [1, 'the first'],
    [201, 'the 201st (ignored before: only 200 were read)'],
    [1000, 'the 1,000th, the last the schema allows'],
  ])('term no. %i (%s) is honoured', (position) => {
    const allowTerms = [...filler(position - 1), 'Lena Berg'];
    const result = scanWith([names('Lena Berg')], 'Grüße von Lena Berg', { allowTerms });
    expect(result.findings).toEqual([]);
    expect(result.severity).toBe('notice');
  });

  it('a term beyond the 1,000th, which the validator already refused, is not looked for', () => {
    const allowTerms = [...filler(1000), 'Lena Berg'];
    expect(scanWith([names('Lena Berg')], 'Grüße von Lena Berg', { allowTerms }).findings).toHaveLength(1);
  });
});

describe('allow terms: word boundaries', () => {
  it.each([
    // [text, allow terms, findings left]
    ['Grüße von Lena Berg', ['Lena Berg'], 0],
    ['Grüße von LENA BERG.', ['lena berg'], 0],
    ['Koch, Koch und Koch', ['Koch'], 0], // every standing occurrence
    // Near-misses: the term inside a longer word allows nothing.
    ['Grüße von Lena Bergmann', ['Lena Berg'], 1],
    ['Grüße von XLena Berg', ['Lena Berg'], 1],
    ['Koch, Koch und Kochs', ['Koch'], 1], // the two standing ones are allowed, not „Kochs“
    ['Diakonie e.V. Nord: Lena Berg', ['Diakonie e.V.'], 1],
  ])('%j with %j leaves %i', (text, allowTerms, left) => {
    const result = scanWith([names('Lena Berg', 'Koch')], text, { allowTerms });
    expect(result.findings).toHaveLength(left);
  });

  /** The former per-term search, as the reference the automaton must agree with. */
  function reference(terms: string[], lower: string): boolean[] {
    const covered = Array.from({ length: lower.length }, () => false);
    const word = (i: number) => i >= 0 && i < lower.length && /[0-9a-z\u00c0-\u1fff]/.test(lower[i]!);
    for (const raw of terms) {
      const term = raw.trim();
      if (term.length < 2) continue;
      const needle = normalise(term).lower;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (word(at - 1) || word(end)) continue;
        for (let k = at; k < end; k++) covered[k] = true;
      }
    }
    return covered;
  }

  it('agrees with a per-term search on random texts (overlapping and nested terms)', () => {
    let state = 12345;
    const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pieces = ['ab', 'abc', 'b', 'c', ' ', '.', 'bc', 'e.v.', 'ä', 'x'];
    const terms = ['ab', 'abc', 'bc', 'b c', 'ab ab', 'e.v.', '.e', 'cab', 'äb'];
    const automaton = allowTermsFor(terms);
    for (let round = 0; round < 300; round++) {
      let lower = '';
      const n = Math.floor(random() * 40);
      for (let k = 0; k < n; k++) lower += pieces[Math.floor(random() * pieces.length)];
      const covered = Array.from({ length: lower.length }, () => false);
      for (const [s, e] of automaton.ranges(lower)) for (let k = s; k < e; k++) covered[k] = true;
      expect(covered, JSON.stringify(lower)).toEqual(reference(terms, lower));
    }
  });
});

describe('overlapsAny', () => {
  const ranges: Array<[number, number]> = [
    [2, 4],
    [10, 12],
  ];
  it.each([
    [0, 2, false], // touches the start only
    [0, 3, true],
    [3, 5, true],
    [4, 10, false], // between the ranges, touching both
    [11, 20, true],
    [12, 20, false],
    [0, 100, true],
  ])('[%i, %i) → %s', (start, end, expected) => {
    expect(overlapsAny(ranges, start, end)).toBe(expected);
  });
});
