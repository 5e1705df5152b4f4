import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  CustomPatternTimeout,
  MAX_PATTERN_LENGTH,
  MAX_PROGRAM_SIZE,
  patternBudget,
} from '../../../src/detect/custom-pattern';

describe('compilePattern', () => {
  it('matches case-insensitively and returns UTF-16 offsets', () => {
    const result = compilePattern('AZ-\\d{4}/\\d{2}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = '😀 Vorgang az-1234/25 und AZ-9999/26';
    expect(result.pattern.matchAll(text).map(([s, e]) => text.slice(s, e))).toEqual(['az-1234/25', 'AZ-9999/26']);
  });

  it.each([
    ['(?<=x)a', 'lookbehind'],
    ['(a)\\1', 'backreference'],
    ['[', 'syntax error'],
    ['', 'empty'],
    ['a*', 'matches the empty string'],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), 'too long'],
  ])('rejects %j (%s)', (source) => {
    const result = compilePattern(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it('runs a pattern built to backtrack in linear time on a long input', () => {
    const result = compilePattern('(a|aa)+$');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // A backtracking engine needs exponential time here; RE2 answers (no match) at once.
    expect(result.pattern.matchAll('a'.repeat(20_000) + '!')).toEqual([]);
  });
});

/**
 * Issue 12, finding 7: RE2 is linear in the text but not in the pattern. A compiled program
 * larger than MAX_PROGRAM_SIZE is refused (`[\s\S]{0,1000}` ×33 took 7.7 s on 2,000 chars).
 */
const SURNAMES_25 =
  'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange';

describe('compilePattern: program size', () => {
  it.each([
    // Patterns organisations use: all far below the limit.
    ['AZ-\\d{4}/\\d{2}', 'Aktenzeichen with a {4} repetition'],
    ['\\b\\d{1,3}\\s?[A-Z]{1,4}\\s?\\d{1,6}/\\d{2,4}\\b', 'court file number'],
    ['\\bAz\\.?\\s*\\d{2,3}\\s*[A-Z]{1,3}\\s*\\d{1,5}/\\d{2}\\b', 'Az. with spaces'],
    ['(?:KV|AZ|GZ|Az)[.:]?\\s*[0-9]{2,6}[-/][0-9]{2,4}', 'several prefixes'],
    ['DE\\d{2}(?:\\s?\\d{4}){4}\\s?\\d{2}', 'nested {4}'],
    ['\\p{L}{2,40}', 'Unicode letters, bounded'],
    [`\\b(?:${SURNAMES_25})\\b`, 'alternation of 25 surnames'],
    ['.{0,80}Diagnose', 'an 80-character context'],
    ['(.*a){12}', 'built to backtrack: linear in RE2 and small'],
    // Near-miss of the limit from below: exactly MAX_PROGRAM_SIZE instructions.
    ['[\\s\\S]{1,99}Q', 'the largest any-character repetition that fits'],
  ])('accepts %j (%s)', (source) => {
    const result = compilePattern(source);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.pattern.size).toBeLessThanOrEqual(MAX_PROGRAM_SIZE);
  });

  it.each([
    ['[\\s\\S]{1,100}Q', 'one repetition more than the largest accepted'],
    ['[\\s\\S]{0,1000}AZ', 'any character up to 1,000 times'],
    ['[\\s\\S]{0,1000}'.repeat(33), 'the review: 7.7 s on 2,000 characters'],
    ['\\w{0,1000}Q', 'word characters up to 1,000 times'],
    ['(?:\\w+\\s){0,100}Q', 'up to 100 words'],
    ['.{0,100}.{0,100}.{0,100}Q', 'repetitions in a row'],
  ])('refuses %j as too complex (%s)', (source) => {
    expect(source.length).toBeLessThanOrEqual(MAX_PATTERN_LENGTH);
    expect(compilePattern(source)).toMatchObject({ ok: false, reason: 'too-complex' });
  });

  it('names why a pattern failed', () => {
    expect(compilePattern('[')).toMatchObject({ ok: false, reason: 'syntax' });
    expect(compilePattern('a*')).toMatchObject({ ok: false, reason: 'matches-empty' });
    expect(compilePattern('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(compilePattern('x'.repeat(MAX_PATTERN_LENGTH + 1))).toMatchObject({ ok: false, reason: 'too-long' });
  });
});

/** A deterministic pseudo-random generator, so a failure is reproducible. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('matchAll: windows give the same matches as one search over the whole text', () => {
  const patterns = [
    'AZ-\\d{4}/\\d{2}',
    '\\bab\\b',
    '\\d+',
    'a+$',
    '^b',
    '(a|aa)+$',
    'b.{0,90}c',
    '\\bc[ab ]{0,90}\\d',
    'a{190}',
    // Unbounded: matches longer than a window.
    'b[ab ]*c',
    'a+',
  ];
  const alphabet = ['a', 'b', 'c', ' ', '1', '2', 'AZ-1234/25', '\n', 'ä', '😀'];

  function reference(source: string, text: string): Array<[number, number]> {
    const matcher = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE).matcher(text);
    const spans: Array<[number, number]> = [];
    while (matcher.find()) if (matcher.end() > matcher.start()) spans.push([matcher.start(), matcher.end()]);
    return spans;
  }

  it.each(patterns)('%j on random texts up to 20,000 characters', (source) => {
    const random = lcg(source.length * 7919);
    const compiled = compilePattern(source);
    if (!compiled.ok) throw new Error(compiled.error);
    for (let round = 0; round < 6; round++) {
      const length = Math.floor(random() * 20_000);
      let text = '';
      // Long runs of one piece, so matches cross window borders.
      while (text.length < length)
        text += alphabet[Math.floor(random() * alphabet.length)]!.repeat(1 + Math.floor(random() * 700));
      expect(compiled.pattern.matchAll(text)).toEqual(reference(source, text));
    }
  });

  it('a run of 20,000 "a" before "!" is no match of (a|aa)+$ (no match made up at a window end)', () => {
    const compiled = compilePattern('(a|aa)+$');
    if (!compiled.ok) throw new Error(compiled.error);
    expect(compiled.pattern.matchAll('a'.repeat(20_000) + '!')).toEqual([]);
    expect(compiled.pattern.matchAll('a'.repeat(20_000))).toEqual([[0, 20_000]]);
  });

  it('stops at the match limit', () => {
    const compiled = compilePattern('\\d');
    if (!compiled.ok) throw new Error(compiled.error);
    expect(compiled.pattern.matchAll('1'.repeat(50_000), { limit: 200 })).toHaveLength(200);
  });
});

describe('time budget', () => {
  it('is checked between windows: a long text stops with CustomPatternTimeout', () => {
    const compiled = compilePattern('AZ-\\d{4}');
    if (!compiled.ok) throw new Error(compiled.error);
    let clock = 0;
    const budget = patternBudget(50, () => clock);
    let checks = 0;
    const checkTime = () => {
      checks += 1;
      clock += 10; // each window "takes" 10 ms
      budget.check();
    };
    expect(() => compiled.pattern.matchAll('x'.repeat(100_000), { checkTime })).toThrow(CustomPatternTimeout);
    // Five windows fit in 50 ms; the sixth check finds the budget spent.
    expect(checks).toBe(6);
  });

  it('a short text within the budget is searched fully', () => {
    const compiled = compilePattern('AZ-\\d{4}');
    if (!compiled.ok) throw new Error(compiled.error);
    const budget = patternBudget(50, () => 0);
    expect(compiled.pattern.matchAll('AZ-1234 AZ-5678', { checkTime: budget.check })).toEqual([
      [0, 7],
      [8, 15],
    ]);
  });
});
