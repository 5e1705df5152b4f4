/**
 * Builds the message the background records. Content-free by construction: it is assembled
 * from counts only, so no code path can put draft text, matched text or offsets into it.
 */
import type { Assessment } from '../detect/types';
import type { Decision, GuardEvent, Reason } from '../messaging/protocol';
import type { MissingAnchor, SiteId, Surface } from '../sites/types';
import { summarise } from './summarise';

export interface GuardEventInput {
  decision: Decision;
  site: SiteId;
  surface: Surface;
  assessment: Assessment | null;
  consentConfirmed?: boolean;
  missing?: MissingAnchor;
  reason?: Reason;
  now?: () => number;
  newId?: () => string;
}

export function guardEvent(input: GuardEventInput): GuardEvent {
  const { categories, kinds } = summarise(input.assessment);
  const event: GuardEvent = {
    decision: input.decision,
    site: input.site,
    surface: input.surface,
    severity: input.assessment?.severity ?? 'none',
    categories,
    kinds,
    eventId: (input.newId ?? randomId)(),
    time: (input.now ?? Date.now)(),
  };
  if (input.consentConfirmed) event.consentConfirmed = true;
  if (input.missing) event.missing = input.missing;
  if (input.reason) event.reason = input.reason;
  return event;
}

export function randomId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
