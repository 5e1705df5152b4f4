/**
 * What happens when the user sends: a pure function of a fresh assessment and the policy.
 * A failed or incomplete check is never treated as "nothing found".
 */
import { atLeast, type Assessment, type Severity } from '../detect/types';
import type { Policy, Threshold } from '../policy/types';

export type SendVerdict =
  | { action: 'send' }
  /** monitorOnly: let it go, but record that it would have been stopped. */
  | { action: 'monitor'; checkFailed: boolean }
  | { action: 'acknowledge'; checkFailed: boolean }
  | { action: 'block' };

export function reaches(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'off' && atLeast(severity, threshold);
}

/** `assessment` null means scan() threw. */
export function decideSend(
  assessment: Assessment | null,
  policy: Pick<Policy, 'acknowledgeAt' | 'blockAt' | 'monitorOnly'>,
): SendVerdict {
  const checkFailed = assessment === null || (assessment.failed?.length ?? 0) > 0;
  const severity = assessment?.severity ?? 'none';
  const blocked = reaches(severity, policy.blockAt);
  const needsAck = reaches(severity, policy.acknowledgeAt) || blocked;
  if (policy.monitorOnly) return needsAck || checkFailed ? { action: 'monitor', checkFailed } : { action: 'send' };
  if (blocked) return { action: 'block' };
  if (needsAck || checkFailed) return { action: 'acknowledge', checkFailed };
  return { action: 'send' };
}
