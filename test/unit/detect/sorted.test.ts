import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, lowerBound, upperBound } from '../../../src/detect/sorted';

const sorted = [2, 4, 4, 7];

describe('binary searches', () => {
  it.each([
    [1, 0, 0, -1],
    [2, 0, 1, 0],
    [3, 1, 1, 0],
    [4, 1, 3, 2],
    [7, 3, 4, 3],
    [9, 4, 4, 3],
  ])('value %i: lowerBound %i, upperBound %i, lastAtOrBefore %i', (value, lower, upper, last) => {
    expect(lowerBound(sorted, value)).toBe(lower);
    expect(upperBound(sorted, value)).toBe(upper);
    expect(lastAtOrBefore(sorted, value)).toBe(last);
  });

  it.each([[[]], [[5]]])('handles short arrays %j', (array) => {
    expect(lowerBound(array, 5)).toBe(0);
    expect(lastAtOrBefore(array, 4)).toBe(-1);
  });
});
