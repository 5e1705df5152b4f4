/**
 * Launches Debian's Chromium with the built, unpacked extension and serves fixture pages at
 * the real site URLs through context.route (there is no network here). Every browser gets a
 * fresh profile, removed on close.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium-path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface Browser {
  context: BrowserContext;
  /** The extension's service worker (MV3 background). */
  background: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Serve these bodies at these exact URLs or glob patterns (e.g. 'https://web.whatsapp.com/**'). */
  routes?: Record<string, string | ((url: URL) => string)>;
}

export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:chrome\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'vertraulich-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
      '--lang=de-DE',
    ],
    locale: 'de-DE',
  });
  // Anything not routed explicitly must not reach the (absent) network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('http://127.0.0.1')) return route.fallback();
    return route.fulfill({ status: 404, body: '' });
  });
  for (const [pattern, body] of Object.entries(options.routes ?? {})) {
    await context.route(pattern, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: typeof body === 'function' ? body(new URL(route.request().url())) : body,
      }),
    );
  }
  const background = await serviceWorker(context);
  const extensionId = new URL(background.url()).host;
  return {
    context,
    background,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker, however early it started (polling avoids a missed event). */
async function serviceWorker(context: BrowserContext, timeoutMs = 20_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() > deadline)
      throw new Error("The extension's service worker did not start: is the build in .output/chrome-mv3 valid?");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Every log record the extension's background stored (all day buckets), read in its service worker. */
export function storedRecords(browser: Browser): Promise<Array<Record<string, unknown>>> {
  return browser.background.evaluate(async () => {
    // Runs in the service worker, where `chrome` exists (not in Node's types).
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } })
      .chrome;
    const all = (await api.storage.local.get(null)) as Record<string, unknown>;
    return Object.entries(all)
      .filter(([key]) => key.startsWith('vertraulich.log.day.'))
      .flatMap(([, value]) => (Array.isArray(value) ? value : []) as Array<Record<string, unknown>>);
  });
}
