import { describe, expect, it } from 'vitest';
import { compilePattern, MAX_PATTERN_LENGTH } from '../../../src/detect/custom-pattern';

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
