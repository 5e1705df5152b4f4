/**
 * Launches Debian's Firefox ESR with the built MV2 extension as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver; playwright-core's Firefox-over-BiDi mode
 * does not work with these ESRs). Fixture pages are served at the real site URLs by request
 * interception, which puppeteer sets up per tab: tabs that the page or the extension opens
 * itself are not intercepted, so tests open every tab through `openPage`.
 *
 * Every launch gets its own HOME (so `$HOME/.mozilla/managed-storage/` is private to it) and
 * its own profile; both are removed on close.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../src/extension-id';
import { fixtureHtml, fixtureNameFor } from '../../fixtures/sites/build';
import { findFirefox } from './firefox-path';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** Fixed moz-extension:// host, so extension pages have a known URL (pref extensions.webextensions.uuids). */
export const FIREFOX_EXTENSION_UUID = '6d1c8e0e-7f7a-4c55-9d0b-5e2f0a1b2c3d';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxLaunchOptions {
  /** Use this HOME (kept on close) instead of a fresh one, e.g. to restart with the same per-user policy. */
  home?: string;
  /** Administrator policy for the add-on, delivered as `$HOME/.mozilla/managed-storage/<gecko id>.json`. */
  userManagedStorage?: Record<string, unknown>;
  /** Serve this body for these URLs instead of the fixture page (plain pages, other sites). */
  pages?: (url: URL) => string | null;
}

export interface FirefoxSession {
  browser: Browser;
  home: string;
  /** A new tab with fixture interception, navigated to `url` (which must be served or routable). */
  openPage(url: string): Promise<Page>;
  /** A new tab on one of the extension's own pages (options.html, popup.html, …). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  const ownHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'vertraulich-ff-home-'));
  if (options.userManagedStorage) writeUserManagedStorage(home, options.userManagedStorage);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Start-up took 2–12 s on two busy cores; puppeteer's default is 30 s.
    timeout: 60_000,
    // Lets BiDi reach privileged (moz-extension) contexts, needed to drive the extension's pages.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': 'de-DE, de',
      'intl.locale.requested': 'de-DE',
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    if (ownHome) rmSync(home, { recursive: true, force: true });
    throw error;
  }

  const serve = (request: HTTPRequest): void => {
    const url = new URL(request.url());
    // A request still pending when its tab closes rejects; nothing waits for it any more.
    const ignore = () => undefined;
    if (url.protocol === 'moz-extension:' || url.hostname === '127.0.0.1' || url.protocol === 'data:') {
      request.continue().catch(ignore);
      return;
    }
    const custom = options.pages?.(url) ?? null;
    const name = fixtureNameFor(url);
    const body =
      custom ?? (name ? fixtureHtml(name, { lang: url.searchParams.get('lang') === 'en' ? 'en' : 'de' }) : null);
    // Anything not served here must not reach the (absent) network.
    (body === null
      ? request.respond({ status: 404, body: '' })
      : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
    ).catch(ignore);
  };

  return {
    browser,
    home,
    async openPage(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', serve);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigateExtensionPage(page, `${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      if (ownHome) rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * `page.goto('moz-extension://…')` never resolves: Firefox's BiDi sends no navigation events for
 * extension pages. BiDi's own browsingContext.navigate with wait "complete" does. puppeteer
 * exposes it only internally (BidiFrame.browsingContext), so this is the one place that
 * reaches into puppeteer's internals; if a puppeteer update moves it, only this breaks.
 */
export async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext?: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
  };
  if (!frame.browsingContext) throw new Error('puppeteer internals moved: BidiFrame.browsingContext is gone');
  await frame.browsingContext.navigate(url, 'complete');
}

/** The per-user form of Firefox managed storage (a "native manifest" of type storage); no root needed. */
export function writeUserManagedStorage(home: string, data: Record<string, unknown>): void {
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${GECKO_ID}.json`),
    JSON.stringify({ name: GECKO_ID, description: 'Vertraulich e2e policy', type: 'storage', data }),
  );
}

/**
 * The system-wide form: policies.json in Firefox's policy directory. Only when the run has a
 * private copy of that directory (scripts/e2e-firefox.sh sets VERTRAULICH_FIREFOX_POLICY_DIR
 * inside its own mount namespace); every Firefox on the machine reads the real one.
 */
export const SYSTEM_POLICY_DIR = process.env.VERTRAULICH_FIREFOX_POLICY_DIR ?? null;

export function writeSystemPolicy(data: Record<string, unknown>): void {
  if (!SYSTEM_POLICY_DIR) throw new Error('No private Firefox policy directory (see scripts/e2e-firefox.sh).');
  writeFileSync(
    join(SYSTEM_POLICY_DIR, 'policies.json'),
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: data } } } }),
  );
}

export function removeSystemPolicy(): void {
  if (SYSTEM_POLICY_DIR) rmSync(join(SYSTEM_POLICY_DIR, 'policies.json'), { force: true });
}
