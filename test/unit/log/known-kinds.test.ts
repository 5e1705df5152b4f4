import { describe, expect, it } from 'vitest';
import { recognizers } from '../../../src/detect/registry';
import { BUILT_IN_KINDS, knownKinds } from '../../../src/log/known-kinds';

describe('known kinds', () => {
  it('lists every kind a registered recognizer can emit', () => {
    const registryKinds = [...new Set(recognizers.flatMap((r) => r.kinds))].sort();
    expect(registryKinds.filter((kind) => !BUILT_IN_KINDS.has(kind))).toEqual([]);
  });

  it.each([
    ['person', [], true],
    ['tax-id', [], true],
    ['Aktenzeichen (Jugendamt)', ['Aktenzeichen (Jugendamt)'], true],
    // near-misses: identifier-like but unknown, a custom name not in this policy, a case change
    ['mustermann', [], false],
    ['Aktenzeichen', ['Aktenzeichen (Jugendamt)'], false],
    ['Person', [], false],
  ] as const)('%s with custom %j → %s', (kind, custom, expected) => {
    expect(knownKinds(custom)(kind)).toBe(expected);
  });
});
