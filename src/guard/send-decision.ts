/**
 * The only rule file of the guard: what a fresh assessment means for the inline warning and
 * for a send, given the policy and where the draft is going. Pure (no DOM), tested as a table
 * in test/unit/guard/send-decision.test.ts.
 *
 * - A failed or incomplete check is never treated as "nothing found".
 * - A public Facebook post that names a person asks for written consent, even when nothing
 *   else was found (the seed's rule: written consent before publishing anything about a
 *   person). Posts only: comments and Messenger are conversations, not publications.
 * - The reasons a user may give for sending anyway are offered in this order; for such a post
 *   consent comes first, and "dienstlich notwendig" is not offered (no duty makes publishing
 *   about a person without consent necessary).
 */
import { atLeast, type Assessment, type Severity } from '../detect/types';
import type { Reason } from '../messaging/protocol';
import type { Policy, Threshold } from '../policy/types';
import type { Surface } from '../sites/types';

export type SendAction = 'send' | 'monitor' | 'acknowledge' | 'block';
/** `consent`: nothing needs an acknowledgement except the consent for a public post. */
export type DialogMode = 'acknowledge' | 'check-failed' | 'block' | 'consent';
export type PanelMode = 'warn' | 'notice' | 'failed';

export interface SendContext {
  surface: Surface;
  /** The post's audience is public; a post composer without an audience selector counts as public. */
  publicAudience: boolean;
}

export interface SendDecision {
  action: SendAction;
  /** The dialog to open on a send; null when none opens. */
  dialogMode: DialogMode | null;
  /** Reasons offered for sending anyway, in order; empty when sending anyway is impossible. */
  reasons: readonly Reason[];
  askConsent: boolean;
  /** The inline warning while typing; null shows none. */
  panelMode: PanelMode | null;
  checkFailed: boolean;
}

export function reaches(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'off' && atLeast(severity, threshold);
}

const REASONS: readonly Reason[] = ['false-alarm', 'necessary', 'consent'];
const PUBLIC_POST_REASONS: readonly Reason[] = ['consent', 'false-alarm'];

/** `assessment` null means scan() threw. */
export function decide(
  assessment: Assessment | null,
  policy: Pick<Policy, 'acknowledgeAt' | 'blockAt' | 'monitorOnly' | 'warnAt'>,
  context: SendContext,
): SendDecision {
  const checkFailed = assessment === null || (assessment.failed?.length ?? 0) > 0;
  const severity = assessment?.severity ?? 'none';
  const findings = assessment?.findings ?? [];
  const namesPerson = findings.some((finding) => finding.category === 'name');
  const publicPost = context.surface === 'post' && context.publicAudience && namesPerson;
  const blocked = reaches(severity, policy.blockAt);
  const needsAck = reaches(severity, policy.acknowledgeAt) || blocked;

  // Nothing left after the allow list: no panel (a notice with nothing to act on helps no one).
  let panelMode: PanelMode | null = null;
  if (policy.monitorOnly) panelMode = null;
  else if (checkFailed) panelMode = 'failed';
  else if (findings.length && reaches(severity, policy.warnAt)) panelMode = severity === 'notice' ? 'notice' : 'warn';
  else if (publicPost) panelMode = 'notice';

  const base = { panelMode, checkFailed };
  const none = { dialogMode: null, reasons: [], askConsent: false } as const;
  if (policy.monitorOnly) {
    const stop = needsAck || checkFailed || publicPost;
    return { action: stop ? 'monitor' : 'send', ...none, ...base };
  }
  if (blocked) return { action: 'block', dialogMode: 'block', reasons: [], askConsent: false, ...base };
  if (needsAck || checkFailed || publicPost) {
    const dialogMode: DialogMode = checkFailed ? 'check-failed' : needsAck ? 'acknowledge' : 'consent';
    return {
      action: 'acknowledge',
      dialogMode,
      reasons: publicPost ? PUBLIC_POST_REASONS : REASONS,
      askConsent: publicPost,
      ...base,
    };
  }
  return { action: 'send', ...none, ...base };
}
