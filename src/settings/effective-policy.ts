/**
 * The effective policy for content scripts, the background and the options page:
 * administrator (storage.managed) over user (storage.local) over defaults, with errors,
 * sources, locks and fingerprint (src/policy/effective.ts). All reads tolerate failure:
 * whatever goes wrong, callers get a working policy (at worst the defaults) and a report.
 */
import { browser } from 'wxt/browser';
import { computeEffectivePolicy, type AdminState, type EffectivePolicy } from '../policy/effective';
import { managedCacheItem, userSettingsItem, USER_SETTINGS_KEY, type ManagedPolicyCache } from './items';
import { readManagedStorage, type ManagedRead, type ReadManagedOptions } from './read-managed';

export type { EffectivePolicy } from '../policy/effective';

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: StorageChanges, areaName: string) => void;

export interface SettingsDeps extends Omit<ReadManagedOptions, 'retryEmpty'> {
  now?: () => number;
  /** Defaults to browser.storage.onChanged. */
  onChanged?: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

interface AdminSnapshot {
  raw: unknown;
  state: AdminState;
  /** The cache after this read (updated when storage.managed answered). */
  cache: ManagedPolicyCache | null;
}

export async function loadEffectivePolicy(deps: SettingsDeps = {}): Promise<EffectivePolicy> {
  const [cache, user] = await Promise.all([readCache(), readUser()]);
  const admin = await readAdmin(cache, deps);
  return computeEffectivePolicy(admin.raw, user, admin.state);
}

/**
 * Calls `callback` with the effective policy now (from the cached administrator policy, so the
 * guard has the organisation's settings at once), again after storage.managed was read, and
 * after every change of the managed area or of the user's settings — so a policy change applies
 * without reloading the page. Identical consecutive results are not repeated. The listener is
 * registered synchronously (MV3 service workers) and removed when `signal` aborts.
 */
export function watchEffectivePolicy(
  callback: (policy: EffectivePolicy) => void,
  signal: AbortSignal,
  deps: SettingsDeps = {},
): void {
  if (signal.aborted) return;
  let admin: AdminSnapshot | undefined;
  let user: unknown = {};
  let cache: ManagedPolicyCache | null = null;
  let managedReads = 0;
  let last = '';

  const emit = () => {
    if (signal.aborted || !admin) return;
    const effective = computeEffectivePolicy(admin.raw, user, admin.state);
    const key = JSON.stringify(effective);
    if (key === last) return;
    last = key;
    try {
      callback(effective);
    } catch {
      // A failing consumer must not stop updates for the others.
    }
  };

  const refreshAdmin = async (retry: boolean) => {
    const ticket = ++managedReads;
    const next = await readAdmin(cache, deps, retry);
    // A newer read (from a change event) wins over an older one still retrying.
    if (ticket !== managedReads) return;
    admin = next;
    cache = next.cache;
    emit();
  };

  const listener: ChangeListener = (changes, areaName) => {
    if (areaName === 'managed') void refreshAdmin(false);
    else if (areaName === 'local' && Object.hasOwn(changes, USER_SETTINGS_KEY)) {
      user = changes[USER_SETTINGS_KEY]?.newValue ?? {};
      emit();
    }
    // MANAGED_CACHE_KEY changes are our own writes; nothing to do.
  };
  const onChanged = deps.onChanged ?? browser.storage?.onChanged;
  onChanged?.addListener(listener);
  signal.addEventListener('abort', () => onChanged?.removeListener(listener), { once: true });

  void (async () => {
    [cache, user] = await Promise.all([readCache(), readUser()]);
    admin = cache ? { raw: cache.raw, state: 'cache', cache } : { raw: {}, state: 'pending', cache };
    emit();
    await refreshAdmin(shouldRetryEmpty(cache));
  })();
}

/** Exported for tests and diagnostics; see read-managed.ts for the retry rationale. */
export function shouldRetryEmpty(cache: ManagedPolicyCache | null): boolean {
  // First start (nothing cached yet), or an administrator policy existed last time: an empty
  // answer may be Chromium's not-yet-loaded state. A known-unmanaged install does not wait.
  return cache === null || Object.keys(cache.raw).length > 0;
}

async function readAdmin(
  cache: ManagedPolicyCache | null,
  deps: SettingsDeps,
  retry = shouldRetryEmpty(cache),
): Promise<AdminSnapshot> {
  const read: ManagedRead = await readManagedStorage({ ...deps, retryEmpty: retry });
  if (read.status === 'ok') {
    const written = await writeCache(cache, read.raw, deps.now ?? Date.now);
    return { raw: read.raw, state: Object.keys(read.raw).length > 0 ? 'managed' : 'none', cache: written };
  }
  return cache ? { raw: cache.raw, state: 'cache', cache } : { raw: {}, state: 'unavailable', cache };
}

async function readCache(): Promise<ManagedPolicyCache | null> {
  try {
    const cache = await managedCacheItem.getValue();
    return cache && typeof cache === 'object' && cache.raw && typeof cache.raw === 'object' ? cache : null;
  } catch {
    return null;
  }
}

async function readUser(): Promise<unknown> {
  try {
    return await userSettingsItem.getValue();
  } catch {
    return {};
  }
}

async function writeCache(
  previous: ManagedPolicyCache | null,
  raw: Record<string, unknown>,
  now: () => number,
): Promise<ManagedPolicyCache> {
  if (previous && JSON.stringify(previous.raw) === JSON.stringify(raw)) return previous;
  const next = { raw, savedAt: now() };
  try {
    await managedCacheItem.setValue(next);
  } catch {
    // Storage full or unavailable: the cache is an optimisation only.
  }
  return next;
}
