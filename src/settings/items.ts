/**
 * Every storage item of the settings, declared once (defineItem: WXT's API, see local-item.ts).
 * Both hold RAW objects: they are validated with parsePolicy on every read, so a value
 * written by an older version or edited by hand can never bypass the checks.
 */
import { defineItem } from './local-item';

/** What the user set in the options page (only keys the schema marks userEditable count). */
export const userSettingsItem = defineItem<Record<string, unknown>>('local:policy.user', {
  fallback: {},
});

export interface ManagedPolicyCache {
  /** The administrator's policy exactly as storage.managed returned it. */
  raw: Record<string, unknown>;
  /** Epoch milliseconds of the read. */
  savedAt: number;
}

/**
 * The last administrator policy read successfully. Used while storage.managed cannot be read
 * (API missing or failing), and its presence tells the reader that an empty answer at start-up
 * is suspicious (Chromium's empty-at-first-start behaviour) and worth retrying.
 */
export const managedCacheItem = defineItem<ManagedPolicyCache | null>('local:policy.managedCache', {
  fallback: null,
});

/** Storage keys as they appear in storage.onChanged (WXT strips the `local:` prefix). */
export const USER_SETTINGS_KEY = 'policy.user';
export const MANAGED_CACHE_KEY = 'policy.managedCache';

/**
 * The user's last confirmation of the organisation's social-media guidelines. Written only by
 * the background, when it has logged the confirmation; read by content scripts to decide
 * whether to ask again (src/policy/guidelines.ts).
 */
export const guidelinesConfirmationItem = defineItem<{
  confirmedAt: number | null;
  confirmedVersion: string | null;
}>('local:policy.guidelinesConfirmation', { fallback: { confirmedAt: null, confirmedVersion: null } });
export const GUIDELINES_CONFIRMATION_KEY = 'policy.guidelinesConfirmation';

/**
 * The policy fingerprint for which the background last wrote a `policy-invalid` record, so a
 * worker restart does not repeat it (src/settings/policy-records.ts).
 */
export const policyInvalidRecordedItem = defineItem<string>('local:policy.invalidRecordedFor', { fallback: '' });
