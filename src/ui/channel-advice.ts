import type { Language } from '../i18n/languages';
import type { Policy } from '../policy/types';
import { gt } from './guard-strings';
import { el } from './shadow-host';

export interface ChannelAdvice {
  /** „Nutzen Sie stattdessen …“ with the approved channel or the generic default. */
  channel: string;
  /** The approved channel's own name, or null when the policy names none. */
  channelName: string | null;
  channelUrl: string | null;
  /** „Ansprechperson: …“, or null when the policy names nobody. */
  contact: string | null;
  /** The parts of the contact, for mailto:/tel: links. */
  person: { name: string; email: string; phone: string } | null;
}

export function channelAdvice(
  policy: Pick<Policy, 'approvedChannel' | 'contactPerson'>,
  language: Language,
): ChannelAdvice {
  const name = policy.approvedChannel?.name?.trim() ?? '';
  const url = policy.approvedChannel?.url?.trim() ?? '';
  const channel = gt(language, 'channelAdvice', { channel: name || gt(language, 'channelDefault') });
  const raw = policy.contactPerson ?? { name: '', email: '', phone: '' };
  const person = { name: raw.name?.trim() ?? '', email: raw.email?.trim() ?? '', phone: raw.phone?.trim() ?? '' };
  const parts = [person.name, person.email, person.phone].filter(Boolean);
  return {
    channel,
    channelName: name || null,
    channelUrl: /^https:\/\//i.test(url) ? url : null,
    contact: parts.length ? gt(language, 'contactAdvice', { contact: parts.join(', ') }) : null,
    person: parts.length ? person : null,
  };
}

/** „Nutzen Sie stattdessen <a>Kanal</a>.“: the channel is a link when the policy gives an https URL. */
export function channelNode(doc: Document, advice: ChannelAdvice, language: Language): Node {
  const name = advice.channelName;
  if (!advice.channelUrl || !name) return doc.createTextNode(advice.channel);
  const [before = '', after = ''] = gt(language, 'channelAdvice').split('{channel}');
  const span = el(doc, 'span', {});
  span.append(
    before,
    el(doc, 'a', { href: advice.channelUrl, target: '_blank', rel: 'noopener noreferrer' }, name),
    after,
  );
  return span;
}

/** „Fragen? Ansprechperson: Name, <a mailto>, <a tel>“. */
export function contactNode(doc: Document, advice: ChannelAdvice, language: Language): Node | null {
  const person = advice.person;
  if (!person) return null;
  const parts: Node[] = [];
  if (person.name) parts.push(doc.createTextNode(person.name));
  if (person.email) parts.push(el(doc, 'a', { href: `mailto:${encodeURI(person.email)}` }, person.email));
  if (person.phone) parts.push(el(doc, 'a', { href: `tel:${person.phone.replace(/[^\d+]/g, '')}` }, person.phone));
  const [before = '', after = ''] = gt(language, 'contactAdvice').split('{contact}');
  const span = el(doc, 'span', {});
  span.append(before);
  parts.forEach((part, index) => {
    if (index) span.append(', ');
    span.append(part);
  });
  span.append(after);
  return span;
}
