/**
 * Plain-language messages for policy errors, German and English, for the options page and
 * for administrators reading a diagnostics export. Built only from the error's code, path and
 * schema limits, never from the rejected value.
 *
 * Pure: no browser, WXT or DOM imports.
 */
import type { PolicyError, PolicyErrorCode, ValueType } from './policy-error';
import { isPolicyKey, POLICY_SCHEMA, type SchemaNode } from './schema';

type Language = 'de' | 'en';

const messages: Record<Language, Record<PolicyErrorCode, string>> = {
  de: {
    'not-an-object': 'Die Richtlinie ist kein Objekt (erhalten: {received}); alle Standardwerte gelten.',
    'unknown-key': 'Unbekannte Einstellung; sie wird ignoriert (Tippfehler?).',
    'wrong-type': 'Falscher Typ (erwartet: {expected}, erhalten: {received}); der Standardwert gilt.',
    'not-an-integer': 'Keine ganze Zahl; der Standardwert gilt.',
    'out-of-range': 'Außerhalb des erlaubten Bereichs {min}–{max}; der Standardwert gilt.',
    'unknown-value': 'Unbekannter Wert (erlaubt: {allowed}); der Standardwert gilt.',
    'too-long': 'Zu lang (höchstens {limit} Zeichen); der Standardwert gilt.',
    'too-short': 'Zu kurz (mindestens {limit} Zeichen); der Eintrag wird ignoriert.',
    'too-many-items': 'Zu viele Einträge; nur die ersten {limit} werden verwendet.',
    'missing-required': 'Pflichtangabe fehlt; der Eintrag wird ignoriert.',
    'invalid-url': 'Keine gültige Adresse; der Standardwert gilt.',
    'insecure-url': 'Adresse muss mit https:// beginnen (http nur für localhost); der Standardwert gilt.',
    'url-with-credentials': 'Adresse darf keinen Benutzernamen oder kein Passwort enthalten; der Standardwert gilt.',
    'invalid-email': 'Keine gültige E-Mail-Adresse; der Standardwert gilt.',
    'invalid-phone': 'Keine gültige Telefonnummer; der Standardwert gilt.',
    'invalid-name': 'Name darf nur Buchstaben, Ziffern, Leerzeichen, - und _ enthalten; der Eintrag wird ignoriert.',
    'invalid-pattern': 'Ungültiges Muster ({detail}); es wird übersprungen.',
    'not-user-editable': 'Diese Einstellung kann nur Ihre Organisation festlegen; Ihr Wert wird ignoriert.',
    'wrong-extension-id':
      'Die Richtlinie ist an eine andere Erweiterung gerichtet (erwartet: {allowed}); Vertraulich bekäme sie nie.',
    'too-many-errors': 'Weitere Fehler wurden nicht einzeln aufgeführt.',
  },
  en: {
    'not-an-object': 'The policy is not an object (received: {received}); all defaults apply.',
    'unknown-key': 'Unknown setting; it is ignored (typo?).',
    'wrong-type': 'Wrong type (expected: {expected}, received: {received}); the default applies.',
    'not-an-integer': 'Not a whole number; the default applies.',
    'out-of-range': 'Outside the allowed range {min}–{max}; the default applies.',
    'unknown-value': 'Unknown value (allowed: {allowed}); the default applies.',
    'too-long': 'Too long (at most {limit} characters); the default applies.',
    'too-short': 'Too short (at least {limit} characters); the entry is ignored.',
    'too-many-items': 'Too many entries; only the first {limit} are used.',
    'missing-required': 'A required value is missing; the entry is ignored.',
    'invalid-url': 'Not a valid address; the default applies.',
    'insecure-url': 'The address must start with https:// (http only for localhost); the default applies.',
    'url-with-credentials': 'The address must not contain a user name or password; the default applies.',
    'invalid-email': 'Not a valid email address; the default applies.',
    'invalid-phone': 'Not a valid phone number; the default applies.',
    'invalid-name': 'Names may contain only letters, digits, space, - and _; the entry is ignored.',
    'invalid-pattern': 'Invalid pattern ({detail}); it is skipped.',
    'not-user-editable': 'Only your organisation can set this; your value is ignored.',
    'wrong-extension-id':
      'The policy addresses another extension (expected: {allowed}); Vertraulich would never receive it.',
    'too-many-errors': 'Further errors were not listed one by one.',
  },
};

const typeNames: Record<Language, Record<ValueType | 'integer', string>> = {
  de: {
    string: 'Text',
    number: 'Zahl',
    integer: 'ganze Zahl',
    boolean: 'true/false',
    null: 'null',
    array: 'Liste',
    object: 'Objekt',
    undefined: 'nichts',
    other: 'unbekannt',
  },
  en: {
    string: 'text',
    number: 'number',
    integer: 'whole number',
    boolean: 'true/false',
    null: 'null',
    array: 'list',
    object: 'object',
    undefined: 'nothing',
    other: 'unknown',
  },
};

const patternDetails: Record<Language, Record<NonNullable<PolicyError['detail']>, string>> = {
  de: {
    'matches-empty': 'passt auf leeren Text',
    'invalid-syntax': 'Syntaxfehler oder nicht unterstützt, z. B. Lookaround oder Rückverweis',
    'too-complex':
      'zu aufwendig für die Prüfung beim Schreiben: große Wiederholungen wie {0,1000} oder sehr lange Alternativen; höchstens {limit} Programmschritte',
  },
  en: {
    'matches-empty': 'matches empty text',
    'invalid-syntax': 'syntax error or unsupported, e.g. lookaround or backreference',
    'too-complex':
      'too costly to check while typing: large repetitions such as {0,1000} or very long alternations; at most {limit} program steps',
  },
};

/** One line: where (title and path) and what is wrong. */
export function describePolicyError(error: PolicyError, language: Language): string {
  const node = nodeAt(error.path);
  const expected = node ? (node.type === 'integer' ? 'integer' : schemaTypeName(node)) : 'other';
  const params: Record<string, string> = {
    received: typeNames[language][error.received ?? 'other'],
    expected: typeNames[language][expected],
    min: String(error.min ?? ''),
    max: String(error.max ?? ''),
    limit: String(error.limit ?? ''),
    allowed: (error.allowed ?? []).join(', '),
    detail: error.detail ? patternDetails[language][error.detail].replace('{limit}', String(error.limit ?? '')) : '',
  };
  const text = messages[language][error.code].replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
  const where = locationLabel(error.path, language);
  return where ? `${where}: ${text}` : text;
}

/** "Protokoll-Weiterleitung › Adresse (logEndpoint.url)", or the bare path for unknown keys. */
export function locationLabel(path: string, language: Language): string {
  if (!path) return '';
  const titles: string[] = [];
  let node: SchemaNode | undefined;
  for (const part of pathParts(path)) {
    if (typeof part === 'number') {
      if (node?.type !== 'array') return path;
      titles.push(`${language === 'de' ? 'Eintrag' : 'entry'} ${part + 1}`);
      node = node.items;
      continue;
    }
    if (node === undefined) node = isPolicyKey(part) ? (POLICY_SCHEMA[part] as SchemaNode) : undefined;
    else node = node.type === 'object' && Object.hasOwn(node.properties, part) ? node.properties[part] : undefined;
    if (!node) return path;
    titles.push(node.title[language]);
  }
  return `${titles.join(' › ')} (${path})`;
}

function nodeAt(path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined;
  for (const part of pathParts(path)) {
    if (typeof part === 'number') node = node?.type === 'array' ? node.items : undefined;
    else if (node === undefined) node = isPolicyKey(part) ? (POLICY_SCHEMA[part] as SchemaNode) : undefined;
    else node = node.type === 'object' && Object.hasOwn(node.properties, part) ? node.properties[part] : undefined;
    if (!node) return undefined;
  }
  return node;
}

function pathParts(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

function schemaTypeName(node: SchemaNode): ValueType {
  return node.type === 'integer' ? 'number' : node.type;
}
