/**
 * Precedence per key: administrator, then user, then defaults — and who may change what.
 *
 * Without any administrator policy (a private trial install) users may change every key the
 * schema marks `userEditable`. As soon as an administrator policy exists (any key at all),
 * every key is locked for the user, except the keys the administrator lists in
 * `userMayChange` and does not set. "Locked" means: the user's stored value is ignored, the
 * options page shows the control disabled. A key the administrator set with an invalid value
 * is locked at what the validator kept (the safe default for a dropped value), never unlocked.
 *
 * One exception adds protection only: users may always add their own custom terms; they are
 * appended to the organisation's.
 *
 * Pure: no browser, WXT or DOM imports.
 */
import { defaultPolicy } from './defaults';
import type { SourcedPolicyError } from './policy-error';
import { POLICY_KEYS, POLICY_SCHEMA, type PolicyKey } from './schema';
import type { Policy } from './types';

/** `admin-invalid`: the administrator set the key, the value was refused; what applies is the default. */
export type PolicySource = 'admin' | 'admin-invalid' | 'user' | 'default';

export interface AdminFacts {
  /** An administrator policy exists (any key, even unknown or invalid ones). */
  present: boolean;
  /** Keys the administrator set with an invalid value (or with invalid parts). */
  invalid: readonly PolicyKey[];
}

export interface MergedPolicy {
  policy: Policy;
  /** Where each key's effective value came from. */
  sources: Record<PolicyKey, PolicySource>;
  /** Keys the administrator policy keeps from the user, in schema order (none without a policy). */
  locked: PolicyKey[];
  /** Keys the administrator set, valid or not, in schema order ("N settings set"). */
  adminSet: PolicyKey[];
  /** Of those, the ones with an invalid value. */
  invalid: PolicyKey[];
  /** An administrator policy exists, so the lock-by-default rule applies. */
  managed: boolean;
  /** The custom terms the user added themselves (always allowed, see above). */
  userTerms: Policy['customTerms'];
  /** User values that were ignored because only administrators may set the key. */
  errors: SourcedPolicyError[];
}

/**
 * `facts` defaults to what `admin` alone tells (present when it has a key, nothing invalid);
 * computeEffectivePolicy passes what the raw policy and the validator's errors tell.
 */
export function mergePolicy(
  admin: Partial<Policy>,
  user: Partial<Policy>,
  facts: AdminFacts = { present: Object.keys(admin).length > 0, invalid: [] },
): MergedPolicy {
  const policy = defaultPolicy() as unknown as Record<PolicyKey, unknown>;
  const sources = {} as Record<PolicyKey, PolicySource>;
  const locked: PolicyKey[] = [];
  const adminSet: PolicyKey[] = [];
  const invalid: PolicyKey[] = [];
  const errors: SourcedPolicyError[] = [];
  const managed = facts.present || Object.keys(admin).length > 0 || facts.invalid.length > 0;
  // An invalid userMayChange unlocks nothing: its safe default is the empty list.
  const unlocked = new Set<string>(facts.invalid.includes('userMayChange') ? [] : (admin.userMayChange ?? []));
  const userTerms = Array.isArray(user.customTerms) ? structuredClone(user.customTerms) : [];

  for (const key of POLICY_KEYS) {
    sources[key] = 'default';
    const isInvalid = facts.invalid.includes(key);
    if (Object.hasOwn(admin, key) || isInvalid) {
      adminSet.push(key);
      locked.push(key);
      if (isInvalid) invalid.push(key);
      if (Object.hasOwn(admin, key)) policy[key] = structuredClone(admin[key]);
      sources[key] = isInvalid ? 'admin-invalid' : 'admin';
      continue;
    }
    const userMay = POLICY_SCHEMA[key].userEditable && (!managed || unlocked.has(key));
    // Without a policy, admin-only keys are simply not editable (the schema says so), not "locked".
    if (managed && !userMay) locked.push(key);
    if (!Object.hasOwn(user, key)) continue;
    if (!POLICY_SCHEMA[key].userEditable) {
      errors.push({ code: 'not-user-editable', path: key, source: 'user' });
    } else if (userMay) {
      policy[key] = structuredClone(user[key]);
      sources[key] = 'user';
    }
    // A locked key's stored user value is kept in storage but not used: unlocking it brings it back.
  }
  // Added terms only add protection, so they count even where customTerms is locked.
  if (managed && locked.includes('customTerms') && userTerms.length > 0) {
    policy.customTerms = [...(policy.customTerms as Policy['customTerms']), ...structuredClone(userTerms)];
    if (sources.customTerms === 'default') sources.customTerms = 'user';
  }
  return { policy: policy as unknown as Policy, sources, locked, adminSet, invalid, managed, userTerms, errors };
}

/** May the user add their own entries to `key` although it is locked? (Only custom terms.) */
export function userMayAdd(key: PolicyKey): boolean {
  return key === 'customTerms';
}
