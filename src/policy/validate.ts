/**
 * The runtime validator, driven by the schema (schema.ts). Administrator policy is untrusted
 * input (Privacy Badger's ingestManagedStorage, Dark Reader's validation.ts): only known keys
 * are taken, every value is checked, a bad value is reported and left out so the user's value
 * or the default applies, and nothing here throws.
 *
 * Pure: no browser, WXT or DOM imports.
 */
import { compilePattern, MAX_PROGRAM_SIZE } from '../detect/custom-pattern';
import { typeOfValue, type PolicyError } from './policy-error';
import {
  isPolicyKey,
  nodeDefault,
  POLICY_SCHEMA,
  type ArrayNode,
  type ObjectNode,
  type SchemaNode,
  type StringNode,
  USER_EDITABLE_KEYS,
} from './schema';
import type { Policy } from './types';

/** More errors than this are summarised by one 'too-many-errors' entry. */
export const MAX_ERRORS = 50;

export interface ParseResult {
  /** Only the keys that were present and valid (defaults for bad sub-fields filled in). */
  policy: Partial<Policy>;
  errors: PolicyError[];
}

type Outcome = { ok: true; value: unknown } | { ok: false };

class Report {
  readonly errors: PolicyError[] = [];
  add(error: PolicyError): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(error);
    else if (this.errors.length === MAX_ERRORS) this.errors.push({ code: 'too-many-errors', path: '' });
  }
}

export function parsePolicy(input: unknown): ParseResult {
  const report = new Report();
  const policy: Record<string, unknown> = {};
  try {
    if (input === undefined || input === null) return { policy: {}, errors: [] };
    if (!isPlainObject(input)) {
      report.add({ code: 'not-an-object', path: '', received: typeOfValue(input) });
      return { policy: {}, errors: report.errors };
    }
    for (const key of Object.keys(input)) {
      if (!isPolicyKey(key)) {
        report.add({ code: 'unknown-key', path: safeKey(key) });
        continue;
      }
      const node = POLICY_SCHEMA[key] as SchemaNode;
      const value = input[key];
      // A nullable object may be switched off explicitly (Firefox policies.json allows null).
      if (value === null && node.type === 'object' && node.nullable) {
        policy[key] = null;
        continue;
      }
      const outcome = validateNode(node, value, key, report);
      if (outcome.ok) policy[key] = outcome.value;
    }
  } catch {
    // Unreachable by design; if a getter or proxy in the input throws, keep what was valid.
    report.add({ code: 'not-an-object', path: '', received: 'other' });
  }
  return { policy: policy as Partial<Policy>, errors: report.errors };
}

function validateNode(node: SchemaNode, value: unknown, path: string, report: Report): Outcome {
  switch (node.type) {
    case 'boolean':
      if (typeof value === 'boolean') return { ok: true, value };
      report.add({ code: 'wrong-type', path, received: typeOfValue(value) });
      return { ok: false };
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        report.add({ code: 'wrong-type', path, received: typeOfValue(value) });
        return { ok: false };
      }
      if (!Number.isInteger(value)) {
        report.add({ code: 'not-an-integer', path, received: 'number' });
        return { ok: false };
      }
      if (value < node.minimum || value > node.maximum) {
        report.add({ code: 'out-of-range', path, received: 'number', min: node.minimum, max: node.maximum });
        return { ok: false };
      }
      return { ok: true, value };
    case 'string':
      return validateString(node, value, path, report);
    case 'array':
      return validateArray(node, value, path, report);
    case 'object':
      return validateObject(node, value, path, report);
  }
}

function validateString(node: StringNode, value: unknown, path: string, report: Report): Outcome {
  if (typeof value !== 'string') {
    report.add({ code: 'wrong-type', path, received: typeOfValue(value) });
    return { ok: false };
  }
  // Whitespace around a regular expression can be meant; around anything else it is a typo.
  const text = node.format === 're2' ? value : value.trim();
  if (text.length > node.maxLength) {
    report.add({ code: 'too-long', path, received: 'string', limit: node.maxLength });
    return { ok: false };
  }
  if (text === '') return { ok: true, value: '' };
  if (node.minLength !== undefined && text.length < node.minLength) {
    report.add({ code: 'too-short', path, received: 'string', limit: node.minLength });
    return { ok: false };
  }
  if (node.enum && !node.enum.includes(text)) {
    report.add({ code: 'unknown-value', path, received: 'string', allowed: node.enum });
    return { ok: false };
  }
  const problem = formatProblem(node, text);
  if (problem) {
    report.add({ ...problem, path, received: 'string' });
    return { ok: false };
  }
  return { ok: true, value: text };
}

function formatProblem(node: StringNode, text: string): Omit<PolicyError, 'path'> | null {
  switch (node.format) {
    case undefined:
    case 'text':
      return null;
    case 'https-url':
      return urlProblem(text);
    case 'email':
      return text.length <= 254 && /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/u.test(text)
        ? null
        : { code: 'invalid-email' };
    case 'phone': {
      const digits = text.replace(/\D/gu, '').length;
      return /^\+?[0-9(][0-9 ()/.-]*$/u.test(text) && digits >= 3 && digits <= 20 ? null : { code: 'invalid-phone' };
    }
    case 'user-editable-key':
      return (USER_EDITABLE_KEYS as readonly string[]).includes(text)
        ? null
        : { code: 'unknown-value', allowed: USER_EDITABLE_KEYS };
    case 'pattern-name':
      return /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(text) ? null : { code: 'invalid-name' };
    case 're2': {
      const compiled = compilePattern(text);
      if (compiled.ok) return null;
      // The engine's message may quote the pattern, so only a classification is kept.
      if (compiled.reason === 'too-complex')
        // Too much work per character for a check while typing: see MAX_PROGRAM_SIZE.
        return { code: 'invalid-pattern', detail: 'too-complex', limit: MAX_PROGRAM_SIZE };
      return {
        code: 'invalid-pattern',
        detail: compiled.reason === 'matches-empty' ? 'matches-empty' : 'invalid-syntax',
      };
    }
  }
}

/** https only; http for a collector on the same machine; no user:password@ in the address. */
function urlProblem(text: string): Omit<PolicyError, 'path'> | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { code: 'invalid-url' };
  }
  if (url.username || url.password) return { code: 'url-with-credentials' };
  if (!url.hostname) return { code: 'invalid-url' };
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') {
    return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? null : { code: 'insecure-url' };
  }
  return { code: 'invalid-url' };
}

function validateArray(node: ArrayNode, value: unknown, path: string, report: Report): Outcome {
  if (!Array.isArray(value)) {
    report.add({ code: 'wrong-type', path, received: typeOfValue(value) });
    return { ok: false };
  }
  let items: readonly unknown[] = value;
  if (items.length > node.maxItems) {
    report.add({ code: 'too-many-items', path, received: 'array', limit: node.maxItems });
    items = items.slice(0, node.maxItems);
  }
  const result: unknown[] = [];
  items.forEach((item, index) => {
    const outcome = validateNode(node.items, item, `${path}[${index}]`, report);
    if (outcome.ok && outcome.value !== '') result.push(outcome.value);
  });
  return { ok: true, value: result };
}

function validateObject(node: ObjectNode, value: unknown, path: string, report: Report): Outcome {
  if (!isPlainObject(value)) {
    report.add({ code: 'wrong-type', path, received: typeOfValue(value) });
    return { ok: false };
  }
  const required = node.required ?? [];
  const result: Record<string, unknown> = {};
  let usable = true;
  for (const [key, child] of Object.entries(node.properties)) {
    const childPath = `${path}.${key}`;
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (required.includes(key)) {
        report.add({ code: 'missing-required', path: childPath, received: 'undefined' });
        usable = false;
      }
      result[key] = nodeDefault(child);
      continue;
    }
    const outcome = validateNode(child, value[key], childPath, report);
    if (outcome.ok && !(required.includes(key) && outcome.value === '')) {
      result[key] = outcome.value;
    } else {
      if (outcome.ok) report.add({ code: 'missing-required', path: childPath, received: 'string' });
      if (required.includes(key)) usable = false;
      result[key] = nodeDefault(child);
    }
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(node.properties, key)) report.add({ code: 'unknown-key', path: `${path}.${safeKey(key)}` });
  }
  return usable ? { ok: true, value: result } : { ok: false };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Unknown key names are shown to people; keep them short and printable. */
function safeKey(key: string): string {
  const printable = key.replace(/[\p{C}]/gu, '?');
  return printable.length > 64 ? `${printable.slice(0, 63)}…` : printable;
}
