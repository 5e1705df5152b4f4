/**
 * The effective policy as every part of the extension sees it: the merged values, where each
 * came from, which keys are locked, every error (admin's and user's, content-free) and the
 * fingerprint of the administrator's policy (the policy version in log records).
 *
 * Pure: src/settings reads the storage areas and calls computeEffectivePolicy.
 */
import { policyFingerprint } from './fingerprint';
import { mergePolicy, type MergedPolicy } from './merge';
import type { SourcedPolicyError } from './policy-error';
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
  /** policyFingerprint of the administrator's validated policy; log records carry it. */
  fingerprint: string;
  adminState: AdminState;
}

export function computeEffectivePolicy(rawAdmin: unknown, rawUser: unknown, adminState: AdminState): EffectivePolicy {
  const admin = parsePolicy(rawAdmin);
  const user = parsePolicy(rawUser);
  const merged = mergePolicy(admin.policy, user.policy);
  return {
    policy: merged.policy,
    sources: merged.sources,
    locked: merged.locked,
    errors: [
      ...admin.errors.map((error) => ({ ...error, source: 'admin' as const })),
      ...user.errors.map((error) => ({ ...error, source: 'user' as const })),
      ...merged.errors,
    ],
    fingerprint: policyFingerprint(admin.policy),
    adminState,
  };
}
