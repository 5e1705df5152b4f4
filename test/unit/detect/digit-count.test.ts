import { describe, expect, it } from 'vitest';
import { digitCount } from '../../../src/detect/digit-count';

describe('digitCount', () => {
  it.each([
    ['', 0],
    ['Hallo Frau Becker', 0],
    ['um 10 Uhr', 2],
    ['Steuer-ID 65 929 970 489', 11],
    ['٣ ३ ３', 0], // only ASCII digits: the identifier regexes use \d
  ])('%j has %i digits', (text, count) => {
    expect(digitCount(text)).toBe(count);
  });

  it('answers for the text asked about, not the previous one', () => {
    expect(digitCount('0171 1234567')).toBe(11);
    expect(digitCount('0171 123456')).toBe(10);
    expect(digitCount('0171 123456')).toBe(10);
  });
});
