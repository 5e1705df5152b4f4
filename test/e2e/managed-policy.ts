/**
 * Administrator policy as administrators deploy it on Linux: a JSON file in Chromium's
 * managed policy directory. Needs root. Every Chromium on the machine reads that directory,
 * so the e2e layer runs its files one at a time; each file's name is unique to its run (a
 * crashed run cannot leave a file that a later run overwrites or mistakes for its own), and
 * it is removed in afterAll and, should that never run, when the process exits.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CHROME_EXTENSION_ID } from '../../src/extension-id';
import type { Browser } from './harness';

declare const chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

export const POLICY_DIR = '/etc/chromium/policies/managed';

export function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A policy file named `<name>-<pid>-<random>.json`, so two runs cannot remove each other's file. It is
 * also removed when the process exits, should a test run end without its afterAll.
 */
export function managedPolicyFile(name: string) {
  const path = `${POLICY_DIR}/${name}-${process.pid}-${randomUUID().slice(0, 8)}.json`;
  const remove = () => rmSync(path, { force: true });
  let onExit: (() => void) | null = null;
  return {
    path,
    write(policy: Record<string, unknown>): void {
      if (!onExit) process.once('exit', (onExit = remove));
      writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }));
    },
    remove(): void {
      remove();
      if (onExit) process.removeListener('exit', onExit);
      onExit = null;
    },
  };
}

/** Writes `policy` for the duration of `run` and removes it afterwards, also when `run` throws. */
export async function withManagedPolicy<T>(
  name: string,
  policy: Record<string, unknown>,
  run: () => Promise<T>,
): Promise<T> {
  const file = managedPolicyFile(name);
  try {
    file.write(policy);
    return await run();
  } finally {
    file.remove();
  }
}

/** Makes Chromium re-read the policy directory now (chrome://policy's "Reload policies"). */
export async function reloadPolicies(browser: Browser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  await page.waitForTimeout(500);
  await page.close();
}

/**
 * Waits until the extension's service worker reads `key` from storage.managed. In a fresh
 * profile Chromium sometimes leaves storage.managed.get unanswered (neither `{}` nor the policy)
 * for the whole session, although the policy file was there before launch: seen in 1 of 2 runs
 * on a busy machine, over 98 s. Tests that need the policy wait for it here rather than fail
 * later on a collector that was never named; "Reload policies" (chrome://policy) every
 * `reloadEveryMs` lets Chromium deliver it. Returns how many reloads were needed.
 */
export async function waitForManagedPolicy(
  browser: Browser,
  key: string,
  { timeoutMs = 60_000, reloadEveryMs = 10_000 } = {},
): Promise<number> {
  const started = Date.now();
  let reloads = 0;
  let lastReload = started;
  for (;;) {
    const keys = await Promise.race([
      browser.background
        .evaluate(() =>
          Promise.race([
            chrome.storage.managed.get(null).then((policy) => Object.keys(policy)),
            new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000)),
          ]),
        )
        .catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
    ]);
    if (keys?.includes(key)) return reloads;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Chromium did not deliver the managed policy (${key}) within ${timeoutMs} ms`);
    if (Date.now() - lastReload > reloadEveryMs) {
      await reloadPolicies(browser);
      reloads += 1;
      lastReload = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
