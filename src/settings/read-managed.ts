/**
 * Reads the administrator's policy from storage.managed, robustly:
 * - feature-detected: the area is missing in some browsers and test environments;
 * - Firefox rejects with "Managed storage manifest not found" when no policy is installed:
 *   that means "no policy", not an error (Privacy Badger src/js/storage.js ignores it too). It is
 *   final, not retried: Firefox loads policies.json before any add-on starts and only then (a
 *   changed policy needs a browser restart), so there is no not-yet-loaded state to wait out;
 * - Chromium may answer `{}` right after start-up or installation, before policies are loaded
 *   for the extension. Privacy Badger polls on first run for this (15 × 300 ms); we retry an
 *   empty answer with back-off when asked to (the caller decides when it is suspicious), and
 *   storage.onChanged delivers a policy that arrives later still;
 * - a read that never settles is cut off, so start-up cannot hang on it.
 */
import { browser } from 'wxt/browser';

export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

export type ManagedRead =
  { status: 'ok'; raw: Record<string, unknown> } | { status: 'unavailable'; reason: 'no-api' | 'error' | 'timeout' };

export interface ReadManagedOptions {
  /** Defaults to browser.storage.managed if the browser has it. */
  managed?: ManagedArea | null;
  /** Retry while the answer is empty (see above). */
  retryEmpty?: boolean;
  /** Waits between retries; total ≈ 3.75 s by default. */
  retryDelays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

export const DEFAULT_RETRY_DELAYS = [250, 500, 1000, 2000] as const;

/** Firefox's definite "no policy for this add-on" (see above); answered as an empty policy. */
const NO_FIREFOX_POLICY: ManagedRead = Object.freeze({ status: 'ok', raw: {} });

export async function readManagedStorage(options: ReadManagedOptions = {}): Promise<ManagedRead> {
  const managed = options.managed === undefined ? defaultManagedArea() : options.managed;
  if (!managed || typeof managed.get !== 'function') return { status: 'unavailable', reason: 'no-api' };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const delays = options.retryEmpty ? (options.retryDelays ?? DEFAULT_RETRY_DELAYS) : [];
  let read = await readOnce(managed, options.timeoutMs ?? 5000);
  for (const delay of delays) {
    if (read.status !== 'ok' || Object.keys(read.raw).length > 0 || read === NO_FIREFOX_POLICY) break;
    await sleep(delay);
    read = await readOnce(managed, options.timeoutMs ?? 5000);
  }
  return read === NO_FIREFOX_POLICY ? { status: 'ok', raw: {} } : read;
}

function defaultManagedArea(): ManagedArea | null {
  try {
    return (browser.storage?.managed as ManagedArea | undefined) ?? null;
  } catch {
    return null;
  }
}

async function readOnce(managed: ManagedArea, timeoutMs: number): Promise<ManagedRead> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ManagedRead>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'unavailable', reason: 'timeout' }), timeoutMs);
  });
  const read = (async (): Promise<ManagedRead> => {
    try {
      const raw: unknown = await managed.get(null);
      if (raw && typeof raw === 'object' && !Array.isArray(raw))
        return { status: 'ok', raw: raw as Record<string, unknown> };
      return { status: 'ok', raw: {} };
    } catch (error) {
      // Firefox without a policy for this add-on (policies.json or native manifest).
      if (/managed storage manifest not found/iu.test(String((error as Error | undefined)?.message ?? error))) {
        return NO_FIREFOX_POLICY;
      }
      return { status: 'unavailable', reason: 'error' };
    }
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
