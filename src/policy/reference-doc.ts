/**
 * Renders the administrators' reference table (docs/admin/policy-reference.md) from the
 * schema, so the documentation cannot drift from what the validator accepts.
 *
 * Pure: no browser, WXT or DOM imports.
 */
import { POLICY_KEYS, POLICY_SCHEMA, nodeDefault, type SchemaNode } from './schema';

export function renderPolicyReference(): string {
  const lines = [
    '<!-- Generated from src/policy/schema.ts by scripts/build-managed-schema.ts. Do not edit by hand. -->',
    '',
    '# Richtlinien-Referenz / Policy reference',
    '',
    'Alle Einstellungen, die Ihre Organisation für Vertraulich festlegen kann. Festgelegte Werte sind für',
    'Nutzende gesperrt; nicht festgelegte Werte können Nutzende ändern, sofern die Spalte „Nutzende“ „ja“ zeigt.',
    'Wie Sie die Richtlinie verteilen, steht in [deployment.md](deployment.md).',
    '',
    'Every setting your organisation can set for Vertraulich. Values you set are locked for users; values you',
    'leave unset may be changed by users where the column "Users" says "ja"/yes.',
    '',
    'Prüfung / Validation: Chrome und Edge verwerfen einen Wert mit falschem **Typ** schon selbst (sichtbar unter',
    '`chrome://policy`). Alles Weitere prüft Vertraulich: unbekannte Schlüssel und Werte, Bereiche, Längen, https,',
    'E-Mail, Telefon, Muster. Ein fehlerhafter Wert wird auf der Einstellungsseite gemeldet, und nur für dieses',
    'Feld gilt der Standardwert. — Chrome and Edge drop a value of the wrong **type** themselves (shown in',
    '`chrome://policy`); Vertraulich checks everything else and reports it in its options page; only the bad',
    'field falls back to its default.',
    '',
    '| Schlüssel / Key | Typ / Type | Standard / Default | Erlaubt / Allowed | Nutzende / Users | Beschreibung | Description |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const key of POLICY_KEYS) {
    const spec = POLICY_SCHEMA[key];
    rows(spec as SchemaNode, key, spec.userEditable, lines);
  }
  lines.push('');
  return lines.join('\n');
}

function rows(node: SchemaNode, path: string, userEditable: boolean | undefined, out: string[]): void {
  const users = userEditable === undefined ? '' : userEditable ? 'ja / yes' : 'nein / no';
  out.push(
    `| \`${path}\` | ${typeName(node)} | ${defaultText(node)} | ${cell(allowedText(node))} | ${users} | ${cell(
      `**${node.title.de}.** ${node.description.de}`,
    )} | ${cell(`**${node.title.en}.** ${node.description.en}`)} |`,
  );
  if (node.type === 'object') {
    for (const [key, child] of Object.entries(node.properties)) rows(child, `${path}.${key}`, undefined, out);
  }
  if (node.type === 'array' && node.items.type === 'object') {
    for (const [key, child] of Object.entries(node.items.properties)) rows(child, `${path}[].${key}`, undefined, out);
  }
}

function typeName(node: SchemaNode): string {
  if (node.type === 'array') return `array of ${node.items.type}`;
  return node.type;
}

function defaultText(node: SchemaNode): string {
  if (node.type === 'object' && !node.nullable) return '';
  return `\`${JSON.stringify(nodeDefault(node))}\``;
}

function allowedText(node: SchemaNode): string {
  const parts: string[] = [];
  switch (node.type) {
    case 'integer':
      parts.push(`${node.minimum}–${node.maximum}`);
      break;
    case 'string':
      if (node.enum) parts.push(node.enum.map((v) => `\`${v}\``).join(', '));
      else parts.push(`≤ ${node.maxLength} Zeichen/chars`);
      if (node.minLength) parts.push(`≥ ${node.minLength}`);
      if (node.format && node.format !== 'text') parts.push(formatNames[node.format]);
      if (node.sensitive) parts.push('geheim / secret');
      break;
    case 'array':
      parts.push(`≤ ${node.maxItems} Einträge/entries`);
      break;
    case 'object':
      if (node.required?.length) parts.push(`Pflicht/required: ${node.required.map((k) => `\`${k}\``).join(', ')}`);
      if (node.nullable) parts.push('nicht gesetzt = aus / unset = off');
      break;
    case 'boolean':
      parts.push('`true`, `false`');
      break;
  }
  return parts.join('; ');
}

const formatNames = {
  'https-url': 'https-URL (http nur/only localhost, 127.0.0.1)',
  email: 'E-Mail',
  phone: 'Telefon/phone',
  'pattern-name': 'Buchstaben, Ziffern, Leerzeichen, - _ / letters, digits, space, - _',
  re2: 'RE2 (re2js)',
} as const;

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
