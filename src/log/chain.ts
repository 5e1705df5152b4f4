/**
 * SHA-256 hash chain over the log. Pure: Web Crypto's `subtle` is passed in (Node 20 and every
 * browser have it at globalThis.crypto.subtle).
 *
 * Each record's `hash` is SHA-256 over the canonical JSON of the record without `hash`; the
 * record includes `prevHash`, so changing, removing or reordering any record breaks every later
 * link. A purge removes a prefix and keeps the last removed record's hash and seq as the anchor,
 * so what remains still verifies. What the chain cannot do alone: someone with write access to
 * the profile could rebuild the whole chain. The forwarded copy at the organisation's collector
 * is the independent witness; the chain makes local edits evident, not impossible.
 */
import { GENESIS_HASH, type LogRecord, type UnchainedRecord } from './record';

/** Where the (remaining) chain starts: seq 0 and GENESIS_HASH until the first purge. */
export interface ChainAnchor {
  /** Seq of the last purged record (0: nothing purged). */
  seq: number;
  /** Hash of the last purged record (GENESIS_HASH: nothing purged). */
  hash: string;
}

export const GENESIS_ANCHOR: ChainAnchor = { seq: 0, hash: GENESIS_HASH };

type Subtle = Pick<SubtleCrypto, 'digest'>;

const defaultSubtle = (): Subtle => globalThis.crypto.subtle;

/**
 * JSON with object keys sorted at every level and no whitespace; undefined members left out.
 * Deliberately not shared with src/policy/fingerprint.ts: this function defines the hashes of
 * records already stored and exported, so it must never change with another module's needs.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const json = JSON.stringify(value);
    return json === undefined ? 'null' : json;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash a record must carry: over everything except the `hash` field itself. */
export async function hashRecord(record: Omit<LogRecord, 'hash'> & { hash?: string }, subtle = defaultSubtle()) {
  const { hash: _ignored, ...rest } = record;
  const bytes = new TextEncoder().encode(canonicalJson(rest));
  return toHex(await subtle.digest('SHA-256', bytes));
}

/** Appends a record after `previous` (the last record or the anchor). */
export async function chainRecord(
  record: UnchainedRecord,
  previous: { seq: number; hash: string },
  subtle = defaultSubtle(),
): Promise<LogRecord> {
  const linked = { ...record, seq: previous.seq + 1, prevHash: previous.hash };
  return { ...linked, hash: await hashRecord(linked, subtle) };
}

export type VerifyProblem = 'hash-mismatch' | 'broken-link' | 'seq-gap' | 'head-mismatch' | 'malformed';

export type VerifyResult =
  | { ok: true; count: number; firstSeq: number | null; lastSeq: number | null }
  | { ok: false; count: number; problem: VerifyProblem; seq: number | null; index: number };

/**
 * Verifies records in stored order against the anchor and, if given, the head (the seq and
 * hash the store last wrote: catches removal of the newest records, which no later link sees).
 */
export async function verifyChain(
  records: readonly LogRecord[],
  anchor: ChainAnchor = GENESIS_ANCHOR,
  head?: { seq: number; hash: string },
  subtle = defaultSubtle(),
): Promise<VerifyResult> {
  let previous = { seq: anchor.seq, hash: anchor.hash };
  for (const [index, record] of records.entries()) {
    // A damaged entry may have no usable seq: it stands where the next record should be.
    const seqOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
    const fail = (problem: VerifyProblem): VerifyResult => ({
      ok: false,
      count: records.length,
      problem,
      seq: seqOf((record as Partial<LogRecord> | null)?.seq) ?? previous.seq + 1,
      index,
    });
    if (typeof record !== 'object' || record === null || typeof record.hash !== 'string') return fail('malformed');
    let expected: string;
    try {
      expected = await hashRecord(record, subtle);
    } catch {
      return fail('malformed');
    }
    if (expected !== record.hash) return fail('hash-mismatch');
    if (record.prevHash !== previous.hash) return fail('broken-link');
    if (record.seq !== previous.seq + 1) return fail('seq-gap');
    previous = { seq: record.seq, hash: record.hash };
  }
  if (head && (head.seq !== previous.seq || head.hash !== previous.hash)) {
    return { ok: false, count: records.length, problem: 'head-mismatch', seq: previous.seq, index: records.length };
  }
  return {
    ok: true,
    count: records.length,
    firstSeq: records[0]?.seq ?? null,
    lastSeq: records.at(-1)?.seq ?? null,
  };
}

/**
 * Removes the prefix of records older than `cutoff` (epoch ms). Only a prefix: a record that
 * looks old after a newer one (clock set back) stays, so the remaining chain is contiguous.
 * The new anchor is the last removed record's seq and hash.
 */
export function purgeChain(
  records: readonly LogRecord[],
  anchor: ChainAnchor,
  cutoff: number,
): { kept: LogRecord[]; removed: LogRecord[]; anchor: ChainAnchor } {
  let split = 0;
  while (split < records.length) {
    const time = Date.parse(records[split]!.time);
    if (!(time < cutoff)) break;
    split += 1;
  }
  const removed = records.slice(0, split);
  const last = removed.at(-1);
  return {
    kept: records.slice(split),
    removed,
    anchor: last ? { seq: last.seq, hash: last.hash } : anchor,
  };
}
