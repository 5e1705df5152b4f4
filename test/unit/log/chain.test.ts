import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainRecord,
  GENESIS_ANCHOR,
  hashRecord,
  purgeChain,
  verifyChain,
} from '../../../src/log/chain';
import type { LogRecord, UnchainedRecord } from '../../../src/log/record';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function unchained(i: number, time = T0 + i * DAY): UnchainedRecord {
  return {
    v: 1,
    id: `rec-${i}`,
    time: new Date(time).toISOString(),
    decision: 'acknowledged',
    site: 'whatsapp',
    surface: 'chat',
    severity: 'warn',
    categories: { health: 1, name: i },
    kinds: { person: i, 'health-term': 1 },
    policyVersion: 'p1',
    extensionVersion: '0.1.0',
  };
}

async function buildChain(n: number): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  let previous = { seq: 0, hash: GENESIS_ANCHOR.hash };
  for (let i = 1; i <= n; i += 1) {
    const record = await chainRecord(unchained(i), previous);
    records.push(record);
    previous = record;
  }
  return records;
}

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: 1, c: 'x' }] }, '{"a":[2,{"c":"x","d":1}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['ä"\n', '"ä\\"\\n"'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe('chain', () => {
  it('links records: seq counts up, prevHash is the previous hash, hash is SHA-256 hex', async () => {
    const records = await buildChain(3);
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(records[0]!.prevHash).toBe('0'.repeat(64));
    expect(records[1]!.prevHash).toBe(records[0]!.hash);
    expect(records[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashRecord(records[2]!)).toBe(records[2]!.hash);
  });

  it('verifies an intact chain, also against its head', async () => {
    const records = await buildChain(5);
    const last = records.at(-1)!;
    expect(await verifyChain(records, GENESIS_ANCHOR, { seq: last.seq, hash: last.hash })).toEqual({
      ok: true,
      count: 5,
      firstSeq: 1,
      lastSeq: 5,
    });
    expect(await verifyChain([])).toMatchObject({ ok: true, count: 0 });
  });

  type Tamper = (records: LogRecord[]) => LogRecord[];
  const tampers: Array<[string, Tamper, string, number]> = [
    [
      'a changed count',
      (r) => r.map((x, i) => (i === 2 ? { ...x, kinds: { ...x.kinds, person: 99 } } : x)),
      'hash-mismatch',
      2,
    ],
    ['a changed decision', (r) => r.map((x, i) => (i === 1 ? { ...x, decision: 'edited' } : x)), 'hash-mismatch', 1],
    [
      'a changed time',
      (r) => r.map((x, i) => (i === 0 ? { ...x, time: '2020-01-01T00:00:00.000Z' } : x)),
      'hash-mismatch',
      0,
    ],
    ['an added field', (r) => r.map((x, i) => (i === 3 ? ({ ...x, note: 'x' } as LogRecord) : x)), 'hash-mismatch', 3],
    ['a removed middle record', (r) => r.filter((_, i) => i !== 2), 'broken-link', 2],
    ['a removed first record', (r) => r.slice(1), 'broken-link', 0],
    ['two swapped records', (r) => [r[0]!, r[2]!, r[1]!, r[3]!, r[4]!], 'broken-link', 1],
    ['a duplicated record', (r) => [r[0]!, r[1]!, r[1]!, r[2]!, r[3]!, r[4]!], 'broken-link', 2],
  ];

  it.each(tampers)('detects %s', async (_name, tamper, problem, index) => {
    const records = await buildChain(5);
    const last = records.at(-1)!;
    const result = await verifyChain(tamper(records), GENESIS_ANCHOR, { seq: last.seq, hash: last.hash });
    expect(result).toMatchObject({ ok: false, problem, index });
  });

  it('detects a changed record even when its hash is recomputed (the next link breaks)', async () => {
    const records = await buildChain(3);
    const { hash: _h, ...rest } = { ...records[1]!, decision: 'false-alarm' as const };
    const forged = { ...rest, hash: await hashRecord(rest) };
    const result = await verifyChain([records[0]!, forged, records[2]!]);
    expect(result).toMatchObject({ ok: false, problem: 'broken-link', index: 2 });
  });

  it('detects removal of the newest record only with the head', async () => {
    const records = await buildChain(4);
    const last = records.at(-1)!;
    const truncated = records.slice(0, 3);
    expect((await verifyChain(truncated)).ok).toBe(true);
    expect(await verifyChain(truncated, GENESIS_ANCHOR, { seq: last.seq, hash: last.hash })).toMatchObject({
      ok: false,
      problem: 'head-mismatch',
    });
  });

  it('reports malformed entries instead of throwing', async () => {
    const result = await verifyChain([null as unknown as LogRecord]);
    expect(result).toMatchObject({ ok: false, problem: 'malformed', index: 0 });
  });
});

describe('purgeChain', () => {
  it('removes the old prefix; the rest verifies against the new anchor but not against genesis', async () => {
    const records = await buildChain(10); // days 1..10 after T0
    const cutoff = T0 + 4 * DAY + 1; // records 1..4 are older
    const { kept, removed, anchor } = purgeChain(records, GENESIS_ANCHOR, cutoff);
    expect(removed.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(anchor).toEqual({ seq: 4, hash: records[3]!.hash });
    const last = kept.at(-1)!;
    expect(await verifyChain(kept, anchor, { seq: last.seq, hash: last.hash })).toMatchObject({
      ok: true,
      count: 6,
      firstSeq: 5,
    });
    expect((await verifyChain(kept, GENESIS_ANCHOR)).ok).toBe(false);
  });

  it('a second purge moves the anchor on and still verifies', async () => {
    const records = await buildChain(10);
    const first = purgeChain(records, GENESIS_ANCHOR, T0 + 3 * DAY + 1);
    const second = purgeChain(first.kept, first.anchor, T0 + 7 * DAY + 1);
    expect(second.anchor.seq).toBe(7);
    expect((await verifyChain(second.kept, second.anchor)).ok).toBe(true);
  });

  it('removes nothing when nothing is old, and keeps the anchor', async () => {
    const records = await buildChain(3);
    const result = purgeChain(records, GENESIS_ANCHOR, T0);
    expect(result.removed).toEqual([]);
    expect(result.anchor).toBe(GENESIS_ANCHOR);
  });

  it('stops at the first young record (clock set back), so the rest stays contiguous', async () => {
    const records = await buildChain(3);
    const shuffledTimes = [records[0]!, { ...records[1]!, time: new Date(T0 + 100 * DAY).toISOString() }, records[2]!];
    const result = purgeChain(shuffledTimes, GENESIS_ANCHOR, T0 + 50 * DAY);
    expect(result.removed.map((r) => r.seq)).toEqual([1]);
  });
});
