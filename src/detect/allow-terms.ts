/**
 * Allow terms (organisation name, staff names, own phone number, donation IBAN): where they
 * stand in a draft. Policies allow 1,000 terms; looking for each one separately cost one pass
 * over the draft per term (1,000,000 characters: 794 ms instead of 70 ms), so all terms go
 * into one Aho–Corasick automaton, built once per term list, and the draft is read once.
 *
 * Pure; used by scan() in index.ts.
 */
import { normalise } from './normalise';

/** The schema's `allowTerms.maxItems`: every term a valid policy can hold is looked for. */
export const MAX_ALLOW_TERMS = 1000;
export const MAX_ALLOW_TERM_LENGTH = 200;

export interface AllowTerms {
  /** Number-like terms by their digits and letters (see numberKey). */
  readonly keys: ReadonlySet<string>;
  /**
   * Ranges [start, end) of `lower` (normalised lower-case text) covered by a term standing at
   * word boundaries, merged and sorted.
   */
  ranges(lower: string): Array<[number, number]>;
}

const cache = new WeakMap<readonly unknown[], AllowTerms>();

export function allowTermsFor(terms: readonly unknown[]): AllowTerms {
  let compiled = cache.get(terms);
  if (!compiled) {
    compiled = compile(terms);
    cache.set(terms, compiled);
  }
  return compiled;
}

function compile(terms: readonly unknown[]): AllowTerms {
  const keys = new Set<string>();
  // Trie: children per node, the needle length ending at a node (0: none).
  const children: Array<Map<number, number>> = [new Map()];
  const length: number[] = [0];
  for (const raw of terms.slice(0, MAX_ALLOW_TERMS)) {
    if (typeof raw !== 'string') continue;
    const term = raw.trim().slice(0, MAX_ALLOW_TERM_LENGTH);
    if (term.length < 2) continue;
    const key = numberKey(term);
    if (key) keys.add(key);
    const needle = normalise(term).lower;
    if (needle.length === 0) continue;
    let node = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = needle.charCodeAt(i);
      let child = children[node]!.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        length.push(0);
        children[node]!.set(c, child);
      }
      node = child;
    }
    length[node] = needle.length;
  }
  // Failure links (longest proper suffix that is a trie node) and output links (the next node
  // on that chain ending a needle), breadth first.
  const fail = new Int32Array(children.length);
  const output = new Int32Array(children.length).fill(-1);
  const queue: number[] = [];
  for (const child of children[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [c, child] of children[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const link = fail[child]!;
      output[child] = length[link]! > 0 ? link : output[link]!;
      queue.push(child);
    }
  }

  function ranges(lower: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    if (children.length === 1) return found;
    const root = children[0]!;
    let node = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (node === 0) {
        node = root.get(c) ?? 0;
      } else {
        while (node !== 0 && !children[node]!.has(c)) node = fail[node]!;
        node = children[node]!.get(c) ?? 0;
      }
      if (node === 0) continue;
      const end = i + 1;
      if (isWordChar(lower, end)) continue;
      // Longest needle first: a valid one covers every shorter one ending here.
      for (let n = length[node]! > 0 ? node : output[node]!; n > 0; n = output[n]!) {
        const start = end - length[n]!;
        if (!isWordChar(lower, start - 1)) {
          found.push([start, end]);
          break;
        }
      }
    }
    return merge(found);
  }

  return { keys, ranges };
}

function merge(list: Array<[number, number]>): Array<[number, number]> {
  if (list.length < 2) return list;
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [list[0]!];
  for (let k = 1; k < list.length; k++) {
    const last = merged[merged.length - 1]!;
    const [start, end] = list[k]!;
    if (start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether [start, end) overlaps one of the merged, sorted ranges (binary search). */
export function overlapsAny(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  // First range whose end is after `start`.
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]![1] <= start) low = mid + 1;
    else high = mid - 1;
  }
  const candidate = ranges[low];
  return candidate !== undefined && candidate[0] < end;
}

/** Digits and letters of a number-like term, with +49/0049 written as a leading 0. */
export function numberKey(value: string): string | null {
  let key = value
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/^\+/, '00')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  const digits = key.replace(/[^0-9]/g, '').length;
  if (digits < 6) return null;
  if (key.startsWith('0049')) key = `0${key.slice(4)}`;
  return key;
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const c = text.charCodeAt(index);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x2000);
}
