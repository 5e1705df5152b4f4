/**
 * Every storage key of the log, declared once. The store writes several of these keys in ONE
 * `storage.local.set()` call (a record, the head and the queue must change together), which
 * WXT's item API cannot express, so the raw keys are exported next to the items; the items are
 * for readers (options page, popup) that want `getValue()` or `watch()`.
 */
import { storage } from 'wxt/utils/storage';
import type { ChainAnchor } from './chain';
import type { QueueState } from './queue';

export const LOG_KEY_PREFIX = 'vertraulich.log.';
/** Chain state: last seq and hash, the purge anchor, which day buckets exist, recent event ids. */
export const HEAD_KEY = `${LOG_KEY_PREFIX}head`;
/** Forwarding queue (ids only). */
export const QUEUE_KEY = `${LOG_KEY_PREFIX}queue`;
/** Records of one UTC day, in chain order: `vertraulich.log.day.2026-11-29`. */
export function dayKey(day: string): string {
  return `${LOG_KEY_PREFIX}day.${day}`;
}

export interface LogHead {
  version: 1;
  /** Seq and hash of the newest record, or of the anchor when the log is empty. */
  seq: number;
  hash: string;
  anchor: ChainAnchor;
  /** UTC days (YYYY-MM-DD) that have a bucket, ascending. */
  days: string[];
  /** [eventId, recordId] of the newest events, so a retried write answers with the same id. */
  recent: Array<[string, string]>;
  /** ISO time of the last purge that removed something. */
  purgedAt: string | null;
}

export const headItem = storage.defineItem<LogHead | null>(`local:${HEAD_KEY}`, { fallback: null });
export const queueItem = storage.defineItem<QueueState | null>(`local:${QUEUE_KEY}`, { fallback: null });
