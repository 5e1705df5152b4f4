import type { Language } from '../i18n/languages';
import type { Policy } from '../policy/types';
import { gt } from './guard-strings';

export interface ChannelAdvice {
  /** „Nutzen Sie stattdessen …“ with the approved channel or the generic default. */
  channel: string;
  channelUrl: string | null;
  /** „Ansprechperson: …“, or null when the policy names nobody. */
  contact: string | null;
}

export function channelAdvice(
  policy: Pick<Policy, 'approvedChannel' | 'contactPerson'>,
  language: Language,
): ChannelAdvice {
  const name = policy.approvedChannel?.name?.trim() ?? '';
  const url = policy.approvedChannel?.url?.trim() ?? '';
  const channel = gt(language, 'channelAdvice', { channel: name || gt(language, 'channelDefault') });
  const person = policy.contactPerson ?? { name: '', email: '', phone: '' };
  const parts = [person.name, person.email, person.phone].map((part) => part?.trim()).filter(Boolean);
  return {
    channel,
    channelUrl: /^https:\/\//i.test(url) ? url : null,
    contact: parts.length ? gt(language, 'contactAdvice', { contact: parts.join(', ') }) : null,
  };
}
