/**
 * What the validator reports. Content-free by construction: a code, a path made of schema
 * keys and list indices, the TYPE that was received, and limits taken from the schema. Never
 * the value itself (it may be a token, a client name in a custom term, or a pattern).
 */

export type PolicyErrorCode =
  | 'not-an-object'
  | 'unknown-key'
  | 'wrong-type'
  | 'not-an-integer'
  | 'out-of-range'
  | 'unknown-value'
  | 'too-long'
  | 'too-short'
  | 'too-many-items'
  | 'missing-required'
  | 'invalid-url'
  | 'insecure-url'
  | 'url-with-credentials'
  | 'invalid-email'
  | 'invalid-phone'
  | 'invalid-name'
  | 'invalid-pattern'
  | 'not-user-editable'
  | 'wrong-extension-id'
  | 'too-many-errors';

export type ValueType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'undefined' | 'other';

export interface PolicyError {
  code: PolicyErrorCode;
  /** e.g. 'logEndpoint.url', 'customPatterns[3].pattern'; '' for the policy as a whole. */
  path: string;
  /** The JSON type that was received (never the value). */
  received?: ValueType;
  /** Exceeded limit: maximum length or maximum list length. */
  limit?: number;
  /** Allowed range of an integer. */
  min?: number;
  max?: number;
  /** Allowed values of an enumeration (from the schema, so safe to show). */
  allowed?: readonly string[];
  /** Why a pattern was refused, without echoing it. */
  detail?: 'matches-empty' | 'invalid-syntax' | 'too-complex';
}

/** An error plus who set the bad value. */
export interface SourcedPolicyError extends PolicyError {
  source: 'admin' | 'user';
}

export function typeOfValue(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'object':
    case 'undefined':
      return typeof value as ValueType;
    default:
      return 'other';
  }
}
