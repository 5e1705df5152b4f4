/**
 * Renders the schema as Chrome's `storage.managed_schema` (assets/managed_schema.json).
 *
 * Chrome parses it with policy::Schema::Parse (components/policy/core/common/schema.cc): the
 * root must be `"type": "object"` without `additionalProperties`/`patternProperties`; every
 * node needs a `type` (or `$ref`); arrays need `items`; `minimum`/`maximum` only on integers,
 * `enum` only on integers and strings; unknown attributes are ignored. An invalid schema makes
 * Chrome refuse to load the extension, so test/e2e checks the built file in real Chromium.
 *
 * Deliberately only types, titles and descriptions (plus `sensitiveValue` for the token):
 * Chrome drops a top-level value that fails its schema check before the extension can see
 * it (SchemaMap::FilterBundle), and one bad list entry drops the whole list. With enums and
 * ranges left to validate.ts, an unknown value or an out-of-range number reaches the
 * extension, is reported in the options page and the log, and only that field falls back.
 * Type mismatches are unavoidable Chrome-side drops; they show in chrome://policy.
 *
 * Pure: no browser, WXT or DOM imports.
 */
import { POLICY_KEYS, POLICY_SCHEMA, type SchemaNode } from './schema';

export interface ChromeSchemaNode {
  type: 'boolean' | 'integer' | 'string' | 'object' | 'array';
  title: string;
  description: string;
  properties?: Record<string, ChromeSchemaNode>;
  items?: ChromeSchemaNode;
  sensitiveValue?: true;
}

export interface ChromeManagedSchema {
  type: 'object';
  properties: Record<string, ChromeSchemaNode>;
}

export function toManagedSchema(): ChromeManagedSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(POLICY_KEYS.map((key) => [key, toChromeNode(POLICY_SCHEMA[key])])),
  };
}

/** The file content, exactly as committed. */
export function renderManagedSchema(): string {
  return `${JSON.stringify(toManagedSchema(), null, 2)}\n`;
}

function toChromeNode(node: SchemaNode): ChromeSchemaNode {
  const title = node.title.de === node.title.en ? node.title.de : `${node.title.de} / ${node.title.en}`;
  const limits = constraintText(node);
  const out: ChromeSchemaNode = {
    type: node.type,
    title,
    description: `${node.description.de} — ${node.description.en}${limits ? ` [${limits}]` : ''}`,
  };
  if (node.type === 'object') {
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, child]) => [k, toChromeNode(child)]));
  }
  if (node.type === 'array') out.items = toChromeNode(node.items);
  if (node.type === 'string' && node.sensitive) out.sensitiveValue = true;
  return out;
}

/** Enumerations and ranges, which Chrome's schema does not carry for us (see above). */
export function constraintText(node: SchemaNode): string {
  switch (node.type) {
    case 'integer':
      return `${node.minimum}–${node.maximum}`;
    case 'string':
      return node.enum ? node.enum.join(' | ') : '';
    case 'array':
      return `max. ${node.maxItems}`;
    default:
      return '';
  }
}
