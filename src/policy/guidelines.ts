/**
 * Is a (re-)confirmation of the organisation's social-media guidelines due? Staff must be
 * informed in writing and confirm at least once a year; a new guidelines version asks again.
 * The UI that shows the guidelines and logs the confirmation is wired elsewhere; this decides.
 *
 * Pure: no browser, WXT or DOM imports; `now` is passed in.
 */
import type { Policy } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A confirmation dated more than this in the future means the clock was changed. */
const CLOCK_SKEW_MS = DAY_MS;

export interface GuidelinesConfirmation {
  /** Epoch milliseconds of the last confirmation, or null if never confirmed. */
  confirmedAt: number | null;
  /** guidelinesVersion that was confirmed ('' when the policy had none). */
  confirmedVersion: string | null;
}

export type GuidelinesDecision =
  | { due: false; reason: 'no-guidelines' }
  | {
      due: false;
      reason: 'confirmed';
      /** When the next confirmation falls due; null = never. */ nextDueAt: number | null;
    }
  | { due: true; reason: 'never-confirmed' | 'new-version' | 'interval-elapsed' | 'clock-changed' };

export function guidelinesDecision(
  policy: Pick<Policy, 'guidelinesUrl' | 'guidelinesVersion' | 'reacknowledgeDays'>,
  last: GuidelinesConfirmation,
  now: number = Date.now(),
): GuidelinesDecision {
  if (!policy.guidelinesUrl) return { due: false, reason: 'no-guidelines' };
  const at = last.confirmedAt;
  if (at === null || !Number.isFinite(at)) return { due: true, reason: 'never-confirmed' };
  if ((last.confirmedVersion ?? '') !== policy.guidelinesVersion) return { due: true, reason: 'new-version' };
  if (at > now + CLOCK_SKEW_MS) return { due: true, reason: 'clock-changed' };
  if (policy.reacknowledgeDays <= 0) return { due: false, reason: 'confirmed', nextDueAt: null };
  const nextDueAt = at + policy.reacknowledgeDays * DAY_MS;
  return now >= nextDueAt ? { due: true, reason: 'interval-elapsed' } : { due: false, reason: 'confirmed', nextDueAt };
}
