/**
 * Precedence per key: administrator, then user, then defaults. Keys the administrator set are
 * locked (the options page shows them disabled). Users may only set keys the schema marks
 * `userEditable`; a user value for any other key is ignored and reported.
 *
 * Pure: no browser, WXT or DOM imports.
 */
import { defaultPolicy } from './defaults';
import type { SourcedPolicyError } from './policy-error';
import { POLICY_KEYS, POLICY_SCHEMA, type PolicyKey } from './schema';
import type { Policy } from './types';

export type PolicySource = 'admin' | 'user' | 'default';

export interface MergedPolicy {
  policy: Policy;
  /** Where each key's effective value came from. */
  sources: Record<PolicyKey, PolicySource>;
  /** Keys set by the administrator, in schema order. */
  locked: PolicyKey[];
  /** User values that were ignored because only administrators may set the key. */
  errors: SourcedPolicyError[];
}

export function mergePolicy(admin: Partial<Policy>, user: Partial<Policy>): MergedPolicy {
  const policy = defaultPolicy() as unknown as Record<PolicyKey, unknown>;
  const sources = {} as Record<PolicyKey, PolicySource>;
  const locked: PolicyKey[] = [];
  const errors: SourcedPolicyError[] = [];
  for (const key of POLICY_KEYS) {
    sources[key] = 'default';
    if (Object.hasOwn(admin, key)) {
      policy[key] = structuredClone(admin[key]);
      sources[key] = 'admin';
      locked.push(key);
    } else if (Object.hasOwn(user, key)) {
      if (POLICY_SCHEMA[key].userEditable) {
        policy[key] = structuredClone(user[key]);
        sources[key] = 'user';
      } else {
        errors.push({ code: 'not-user-editable', path: key, source: 'user' });
      }
    }
  }
  return { policy: policy as unknown as Policy, sources, locked, errors };
}
