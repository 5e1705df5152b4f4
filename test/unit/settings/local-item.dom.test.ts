import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineItem } from '../../../src/settings/local-item';

beforeEach(() => {
  fakeBrowser.reset();
});

const FALLBACK = { confirmedAt: null as number | null };

describe('defineItem (storage.local, WXT semantics)', () => {
  it('reads nothing when defined, only when asked', async () => {
    let reads = 0;
    const local = fakeBrowser.storage.local;
    const area = () => ({ ...local, get: (key: string) => ((reads += 1), local.get(key)) });
    const item = defineItem('local:x.y', { fallback: FALLBACK }, area as never);
    await Promise.resolve();
    expect(reads).toBe(0);
    await item.getValue();
    expect(reads).toBe(1);
  });

  it.each([
    ['nothing stored', undefined, FALLBACK],
    ['null stored', null, FALLBACK],
    ['a value stored', { confirmedAt: 5 }, { confirmedAt: 5 }],
  ])('getValue with %s', async (_name, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ 'x.y': stored });
    expect(await defineItem('local:x.y', { fallback: FALLBACK }).getValue()).toEqual(expected);
  });

  it('stores under the key without the area prefix; null removes', async () => {
    const item = defineItem('local:x.y', { fallback: FALLBACK });
    await item.setValue({ confirmedAt: 7 });
    expect(await fakeBrowser.storage.local.get('x.y')).toEqual({ 'x.y': { confirmedAt: 7 } });
    await item.setValue(null);
    expect(await fakeBrowser.storage.local.get('x.y')).toEqual({});
    expect(await item.getValue()).toEqual(FALLBACK);
  });

  it('watch reports real changes of its own key only, with the fallback for a removal, until unwatched', async () => {
    const item = defineItem('local:x.y', { fallback: FALLBACK });
    const seen: unknown[] = [];
    const unwatch = item.watch((next, previous) => seen.push([next, previous]));
    await item.setValue({ confirmedAt: 1 });
    await item.setValue({ confirmedAt: 1 }); // same value: no change
    await fakeBrowser.storage.local.set({ 'x.other': 1 }); // another key
    await item.setValue(null);
    unwatch();
    await item.setValue({ confirmedAt: 2 });
    expect(seen).toEqual([
      [{ confirmedAt: 1 }, FALLBACK],
      [FALLBACK, { confirmedAt: 1 }],
    ]);
  });
});
