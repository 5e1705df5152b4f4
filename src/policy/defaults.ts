import { nodeDefault, POLICY_KEYS, POLICY_SCHEMA } from './schema';
import type { Policy } from './types';

/** A fresh copy of the defaults the schema declares (callers may mutate it). */
export function defaultPolicy(): Policy {
  return Object.fromEntries(POLICY_KEYS.map((key) => [key, nodeDefault(POLICY_SCHEMA[key])])) as unknown as Policy;
}

/** The defaults, frozen deeply so no consumer can change them for everyone else. */
export const DEFAULT_POLICY: Readonly<Policy> = deepFreeze(defaultPolicy());

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
