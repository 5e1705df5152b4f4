/**
 * The schema (src/policy/schema.ts) is the one source; the type (types.test.ts), the
 * validator, the Chrome managed schema and the administrators' table must agree with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import { renderManagedSchema, toManagedSchema, type ChromeSchemaNode } from '../../../src/policy/managed-schema';
import { renderPolicyReference } from '../../../src/policy/reference-doc';
import { POLICY_KEYS, POLICY_SCHEMA, type SchemaNode } from '../../../src/policy/schema';
import { parsePolicy } from '../../../src/policy/validate';

describe('generated files are up to date (run: npx tsx scripts/build-managed-schema.ts)', () => {
  it('assets/managed_schema.json', () => {
    expect(readFileSync('assets/managed_schema.json', 'utf8')).toBe(renderManagedSchema());
  });

  it('docs/admin/policy-reference.md', () => {
    expect(readFileSync('docs/admin/policy-reference.md', 'utf8')).toBe(renderPolicyReference());
  });
});

/**
 * The subset of JSON Schema draft-03 that Chromium's policy::Schema::Parse accepts
 * (components/policy/core/common/schema.cc): allowed attributes per type, items required for
 * arrays, no additionalProperties/patternProperties at the root. A schema Chrome rejects stops
 * the extension from loading, so this mirrors the parser; test/e2e loads the real file too.
 */
const CHROME_ATTRIBUTES: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: [
    'additionalProperties',
    'description',
    'id',
    'patternProperties',
    'properties',
    'required',
    'sensitiveValue',
    'title',
    'type',
  ],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

function chromeProblems(node: Record<string, unknown>, path: string): string[] {
  const type = node.type;
  if (typeof type !== 'string' || !(type in CHROME_ATTRIBUTES)) return [`${path}: type`];
  const problems = Object.keys(node)
    .filter((attribute) => !CHROME_ATTRIBUTES[type]?.includes(attribute))
    .map((attribute) => `${path}: attribute ${attribute} not allowed for ${type}`);
  for (const attribute of ['title', 'description']) {
    if (attribute in node && typeof node[attribute] !== 'string') problems.push(`${path}: ${attribute}`);
  }
  if (type === 'array') {
    const items = node.items;
    if (!items || typeof items !== 'object') problems.push(`${path}: array without items`);
    else problems.push(...chromeProblems(items as Record<string, unknown>, `${path}[]`));
  }
  if (type === 'object' && node.properties !== undefined) {
    for (const [key, child] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      problems.push(...chromeProblems(child, `${path}.${key}`));
    }
  }
  return problems;
}

describe('managed schema is what Chrome accepts', () => {
  const schema = JSON.parse(readFileSync('assets/managed_schema.json', 'utf8')) as Record<string, unknown>;

  it('has an object root without additionalProperties or patternProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('patternProperties');
  });

  it('uses only attributes Chrome knows for each type', () => {
    expect(chromeProblems(schema, '$')).toEqual([]);
  });

  it('the checker itself flags what Chrome refuses (near-misses)', () => {
    expect(chromeProblems({ type: 'number', minimum: 1 }, '$')).toHaveLength(1);
    expect(chromeProblems({ type: 'array' }, '$')).toHaveLength(1);
    expect(chromeProblems({ type: 'any' }, '$')).toHaveLength(1);
    expect(chromeProblems({ type: 'object', properties: { a: { type: 'string', maxLength: 3 } } }, '$')).toHaveLength(
      1,
    );
  });

  it('marks the token as sensitive so chrome://policy masks it', () => {
    const endpoint = toManagedSchema().properties.logEndpoint;
    expect(endpoint?.properties?.token?.sensitiveValue).toBe(true);
  });
});

describe('schema, validator, managed schema and table describe the same keys and types', () => {
  const managed = toManagedSchema();
  const table = renderPolicyReference();

  function sameShape(node: SchemaNode, chrome: ChromeSchemaNode | undefined, path: string): void {
    expect(chrome?.type, path).toBe(node.type);
    expect(table, path).toContain(`| \`${path}\` |`);
    if (node.type === 'object') {
      expect(Object.keys(chrome?.properties ?? {}), path).toEqual(Object.keys(node.properties));
      for (const [key, child] of Object.entries(node.properties))
        sameShape(child, chrome?.properties?.[key], `${path}.${key}`);
    }
    if (node.type === 'array') {
      expect(chrome?.items?.type, path).toBe(node.items.type);
      if (node.items.type === 'object') {
        for (const [key, child] of Object.entries(node.items.properties)) {
          expect(chrome?.items?.properties?.[key]?.type, `${path}[].${key}`).toBe(child.type);
          expect(table).toContain(`| \`${path}[].${key}\` |`);
        }
      }
    }
  }

  it('every key has the same type everywhere', () => {
    expect(Object.keys(managed.properties)).toEqual(POLICY_KEYS);
    for (const key of POLICY_KEYS) sameShape(POLICY_SCHEMA[key] as SchemaNode, managed.properties[key], key);
  });

  it('the validator accepts every default and rejects a value of another JSON type', () => {
    const defaults = defaultPolicy() as unknown as Record<string, unknown>;
    for (const key of POLICY_KEYS) {
      const value = defaults[key];
      if (value === null) continue;
      expect(parsePolicy({ [key]: value }).errors, key).toEqual([]);
      const wrong = typeof value === 'boolean' ? 'yes' : typeof value === 'string' ? 42 : 'text';
      expect(
        parsePolicy({ [key]: wrong }).errors.map((e) => e.code),
        key,
      ).toEqual(['wrong-type']);
    }
  });

  it('every key has German and English title and description', () => {
    const texts: string[] = [];
    const collect = (node: SchemaNode) => {
      texts.push(node.title.de, node.title.en, node.description.de, node.description.en);
      if (node.type === 'object') Object.values(node.properties).forEach(collect);
      if (node.type === 'array') collect(node.items);
    };
    for (const key of POLICY_KEYS) collect(POLICY_SCHEMA[key] as SchemaNode);
    for (const text of texts) expect(text.trim().length).toBeGreaterThan(1);
  });
});
