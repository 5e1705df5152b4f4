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
    'Alle Einstellungen, die Ihre Organisation für Vertraulich festlegen kann. **Sobald eine Richtlinie besteht**',
    '(irgendein Schlüssel), sind **alle** Einstellungen für Nutzende gesperrt – auch die, die Sie nicht setzen –,',
    'außer den Schlüsseln, die Sie in `userMayChange` nennen und nicht selbst setzen (nur solche mit „ja“ in der',
    'Spalte „Nutzende“). Eigene Begriffe ergänzen dürfen Nutzende immer (das schützt nur mehr). Ohne Richtlinie',
    '(private Testinstallation) ist alles mit „ja“ änderbar. Wie Sie die Richtlinie verteilen und prüfen, steht in',
    '[deployment.md](deployment.md).',
    '',
    'Every setting your organisation can set for Vertraulich. **Once a policy exists** (any key), **every** setting',
    'is locked for users – also those you leave unset – except the keys you list in `userMayChange` and do not',
    'set yourself (only keys with "ja"/yes under "Users"). Users may always add their own custom terms (that only',
    'adds protection). Without a policy (a private trial install) everything marked yes is editable.',
    '',
    'Prüfung / Validation: Chrome und Edge prüfen jeden Wert gegen `managed_schema.json` und **verwerfen still**',
    'einen Wert mit falschem **Typ** (z. B. `"monitorOnly": "false"`) und jeden unbekannten Schlüssel; die Erweiterung',
    'bekommt ihn nie zu sehen. Alles Weitere prüft Vertraulich: Werte außerhalb der Aufzählung oder des Bereichs,',
    'Längen, https, E-Mail, Telefon, Muster. Ein solcher Schlüssel bleibt **gesperrt, mit dem Standardwert**; der',
    'Fehler steht auf der Einstellungsseite neben der Einstellung und geht als Protokolleintrag `policy-invalid`',
    '(nur Schlüssel und Fehlercode) an die Sammelstelle. — Chrome and Edge check each value against',
    '`managed_schema.json` and **silently drop** a value of the wrong **type** and every unknown key; the',
    'extension never sees them. Vertraulich checks everything else; such a key stays **locked at its default**,',
    'the error is shown next to the setting and sent to the collector as a `policy-invalid` record (key and',
    'error code only).',
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
  'user-editable-key': 'Schlüssel mit „ja“ bei Nutzende / a key with yes under Users',
} as const;

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
