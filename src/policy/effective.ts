/**
 * The effective policy as every part of the extension sees it: the merged values, where each
 * came from, which keys are locked, every error (admin's and user's, content-free) and the
 * fingerprint of the administrator's policy (the policy version in log records).
 *
 * Pure: src/settings reads the storage areas and calls computeEffectivePolicy.
 */
import { policyFingerprint } from './fingerprint';
import { mergePolicy, type AdminFacts, type MergedPolicy } from './merge';
import type { PolicyError, SourcedPolicyError } from './policy-error';
import { isPolicyKey, POLICY_KEYS, type PolicyKey } from './schema';
import { parsePolicy } from './validate';

/**
 * Where the administrator's policy came from: `managed` (storage.managed had one), `none`
 * (storage.managed is readable and empty, or Firefox has no policy), `cache` (storage.managed
 * could not be read; the last good copy is used), `unavailable` (neither).
 */
/**
 * Where the administrator part came from. `pending`: first start, storage.managed not answered
 * yet (Chromium may need seconds); the defaults apply meanwhile and a settled state follows.
 */
export type AdminState = 'managed' | 'none' | 'cache' | 'unavailable' | 'pending';

export interface EffectivePolicy extends Omit<MergedPolicy, 'errors'> {
  errors: SourcedPolicyError[];
  /** policyFingerprint of the administrator's validated policy and its errors; log records carry it. */
  fingerprint: string;
  adminState: AdminState;
}

export function computeEffectivePolicy(rawAdmin: unknown, rawUser: unknown, adminState: AdminState): EffectivePolicy {
  const admin = parsePolicy(rawAdmin);
  const user = parsePolicy(rawUser);
  const merged = mergePolicy(admin.policy, user.policy, adminFacts(rawAdmin, admin.errors));
  return {
    ...merged,
    errors: [
      ...admin.errors.map((error) => ({ ...error, source: 'admin' as const })),
      ...user.errors.map((error) => ({ ...error, source: 'user' as const })),
      ...merged.errors,
    ],
    fingerprint: policyFingerprint(admin.policy, admin.errors),
    adminState,
  };
}

/**
 * What the raw administrator policy tells beyond its valid values: whether there is one at all
 * (any own key counts, even an unknown one: a typo must not unlock everything), and which known
 * keys carry an error (the key is the first segment of the error's path).
 */
export function adminFacts(rawAdmin: unknown, errors: readonly PolicyError[]): AdminFacts {
  const present =
    typeof rawAdmin === 'object' && rawAdmin !== null && (Array.isArray(rawAdmin) || Object.keys(rawAdmin).length > 0);
  const invalid = new Set<PolicyKey>();
  for (const error of errors) {
    const key = topLevelKey(error.path);
    if (key && isPolicyKey(key)) invalid.add(key);
  }
  return { present, invalid: POLICY_KEYS.filter((key) => invalid.has(key)) };
}

/** 'logEndpoint.url' → 'logEndpoint', 'customPatterns[3].name' → 'customPatterns'. */
export function topLevelKey(path: string): string {
  return path.split(/[.[]/u, 1)[0] ?? '';
}
