/**
 * Every runtime message, declared once and typed, named by direction.
 * Nothing here may carry draft text, matched text, offsets, recipients or chat titles:
 * only categories, kinds, counts, severities, site, surface, decision and time.
 */
import type { Category, Severity } from '../detect/types';
import type { MissingAnchor, SiteId, Surface } from '../sites/types';

export type Decision =
  | 'acknowledged'
  | 'edited'
  | 'blocked'
  | 'monitored'
  | 'false-alarm'
  | 'guidelines-acknowledged'
  | 'check-failed'
  /** The site adapter missed its composer or send control (a redesign); a generic guard took over. */
  | 'adapter-degraded'
  /** The user took the draft to the approved channel („In <Kanal> weiterschreiben“). */
  | 'moved';

/** Why the user sent anyway, chosen in the acknowledgement dialog. Declared once. */
export const REASONS = ['consent', 'false-alarm', 'necessary'] as const;
export type Reason = (typeof REASONS)[number];

/** A guard event as the content script reports it: content-free by construction. */
export interface GuardEvent {
  decision: Decision;
  site: SiteId;
  surface: Surface;
  severity: Severity;
  /** Count of findings per category. */
  categories: Partial<Record<Category, number>>;
  /** Count of findings per kind (kinds are fixed identifiers, or admin-defined pattern names). */
  kinds: Record<string, number>;
  /** Public post naming a person: the user confirmed written consent. */
  consentConfirmed?: boolean;
  /** adapter-degraded: which anchor was missing (no content, a fixed identifier). */
  missing?: MissingAnchor;
  /** Sending anyway: the reason the user chose. */
  reason?: Reason;
  /** Client-generated id so a retried write is idempotent. */
  eventId: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface MessageMap {
  /** content → background: record a decision before the draft is re-sent. */
  'content→background:record': {
    request: GuardEvent;
    response: { ok: true; id: string } | { ok: false; error: string };
  };
}

/**
 * popup → the content script of the active tab: is the guard running here? Asked live, so a tab
 * that navigated elsewhere has no one to answer and the popup says so (nothing is stored).
 */
export const STATUS_QUERY = 'popup→content:status';

export interface GuardStatus {
  site: SiteId;
  /** False when the policy switched the guard off for this site. */
  active: boolean;
  /** The site adapter missed an anchor (a redesign): a generic guard runs, protection is limited. */
  limited?: boolean;
}

export type MessageType = keyof MessageMap;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: MessageMap[T]['request'];
}
