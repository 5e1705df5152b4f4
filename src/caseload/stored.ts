/**
 * The caseload as it is kept in storage.local: a random per-profile HMAC key and the tags of
 * the clients' names — never a name. Read back through `parseStoredCaseload`, so a value
 * edited by hand or written by another version is checked before the content script uses it.
 * Pure.
 */
import { TAG_PATTERN } from './tags';

export const KEY_BYTES = 32;
/** The options page refuses to store more names than this (the count a worker could have many times over). */
export const MAX_NAMES = 10_000;
/** Up to this many tags per name are stored (see phrasesOf). */
export const MAX_TAGS = MAX_NAMES * 12;

export interface StoredCaseload {
  version: 1;
  /** The HMAC key, base64; deleting the list deletes it. */
  key: string;
  /** One tag per stored name (its whole folded form): the count shown, and duplicates. */
  names: string[];
  /** The tags the content script looks the draft's words up in. */
  tags: string[];
}

export interface Caseload {
  key: Uint8Array;
  names: readonly string[];
  tags: readonly string[];
}

export function encodeKey(key: Uint8Array): string {
  let binary = '';
  for (const byte of key) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeKey(value: string): Uint8Array | null {
  try {
    const binary = atob(value);
    if (binary.length !== KEY_BYTES) return null;
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The stored value checked, or null when nothing (usable) is stored. */
export function parseStoredCaseload(raw: unknown): Caseload | null {
  if (raw === null || typeof raw !== 'object') return null;
  const value = raw as Partial<StoredCaseload>;
  if (value.version !== 1 || typeof value.key !== 'string') return null;
  const key = decodeKey(value.key);
  if (!key || !Array.isArray(value.names) || !Array.isArray(value.tags)) return null;
  if (value.names.length > MAX_NAMES || value.tags.length > MAX_TAGS) return null;
  const valid = (tag: unknown): tag is string => typeof tag === 'string' && TAG_PATTERN.test(tag);
  if (!value.names.every(valid) || !value.tags.every(valid)) return null;
  return { key, names: value.names, tags: value.tags };
}

export function toStored(caseload: Caseload): StoredCaseload {
  return { version: 1, key: encodeKey(caseload.key), names: [...caseload.names], tags: [...caseload.tags] };
}
