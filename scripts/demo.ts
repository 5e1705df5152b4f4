/**
 * `npm run demo`: try every surface without an account or a network. Opens Debian's Chromium
 * with the built extension (.output/chrome-mv3) and serves the Lexical fixture pages at the
 * real site URLs (WhatsApp Web, Facebook, Messenger) by request interception; nothing else is
 * reachable. With a display the window stays open until you close it; with `--headless` (or
 * without a display) it types sample drafts and writes a screenshot of each surface.
 *
 * The sample administrator policy (approved channel, contact, guidelines) can only reach
 * Chromium as a managed-policy file in /etc/chromium/policies/managed. The demo writes it there
 * when it may (root) and removes it on exit; every Chromium on the machine reads that folder,
 * so on a shared machine run it in a private mount namespace:
 *   unshare -m bash -c 'mount -t tmpfs tmpfs /etc/chromium/policies && npm run demo -- --headless'
 * Without that right it runs with the built-in defaults and says so.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_EXTENSION_ID } from '../src/extension-id';
import { fixtureRoutes } from '../test/fixtures/sites/build';
import { findChromium } from '../test/e2e/chromium-path';

const EXTENSION = resolve('.output/chrome-mv3');
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'vertraulich-demo.json');
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const CHANNEL = 'https://beratung.traeger.example/';
const GUIDELINES = 'https://intranet.traeger.example/leitlinien-social-media';

export const SAMPLE_POLICY = {
  approvedChannel: { name: 'Beratungsportal', url: CHANNEL },
  contactPerson: { name: 'Datenschutz', email: 'datenschutz@traeger.example', phone: '030 1234 5678' },
  guidelinesUrl: GUIDELINES,
  guidelinesVersion: 'Demo',
  warnAt: 'notice',
  acknowledgeAt: 'warn',
  customPatterns: [{ name: 'Aktenzeichen', pattern: 'AZ-\\d{4}/\\d{2}', category: 'identifier' }],
  userLabel: 'Demo',
};

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
const outDir = resolve(process.argv.find((arg) => arg.startsWith('--out='))?.slice(6) ?? '.output/demo');

function writePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: SAMPLE_POLICY } } }),
    );
    return true;
  } catch {
    return false;
  }
}

async function launch(): Promise<{ context: BrowserContext; profile: string }> {
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error('No built extension in .output/chrome-mv3: run `npm run build:chrome` first.');
  const profile = mkdtempSync(join(tmpdir(), 'vertraulich-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    viewport: headless ? { width: 1100, height: 720 } : null,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=de-DE',
    ],
    locale: 'de-DE',
  });
  // Only the fixture pages exist; everything else is a friendly 404, never the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.fallback();
    const body = `<!doctype html><meta charset="utf-8"><title>Vertraulich-Demo</title><p>Demo: ${url} ist hier nicht verfügbar (kein Netz).</p>`;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  for (const [pattern, body] of Object.entries(fixtureRoutes()))
    await context.route(pattern, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: body(new URL(route.request().url())),
      }),
    );
  return { context, profile };
}

async function extensionId(context: BrowserContext): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return new URL(worker.url()).host;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The extension's service worker did not start.");
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(EDITOR).first().waitFor();
  return page;
}

/** Chromium delivers managed policy a few seconds after start; the panel names the channel once it has. */
async function waitForPolicy(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await page.locator('vertraulich-panel').locator(`a[href="${CHANNEL}"]`).count()) > 0) return;
    await page.waitForTimeout(250);
  }
}

/**
 * With the sample policy the guidelines banner appears on first use of a composer (also when the
 * policy arrives seconds later) and takes the focus; leave it for later, which gives the focus
 * back to the editor, before typing.
 */
async function guidelinesLater(page: Page, withPolicy: boolean): Promise<void> {
  if (!withPolicy) return;
  const banner = page.locator('vertraulich-guidelines');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && (await banner.count()) === 0) await page.waitForTimeout(250);
  if ((await banner.count()) === 0) return;
  await banner.locator('[data-action="later"]').click();
  await banner.waitFor({ state: 'detached' });
}

async function screenshots(context: BrowserContext, id: string, withPolicy: boolean): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    // The guidelines banner asks first; leave it for later so the surface itself is visible.
    const later = page.locator('[data-action="later"]');
    if (await later.count()) await later.first().click();
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    written.push(path);
  };

  const whatsapp = await open(context, 'https://web.whatsapp.com/?lang=de');
  await whatsapp.locator(`#main footer ${EDITOR}`).click();
  await guidelinesLater(whatsapp, withPolicy);
  await whatsapp.keyboard.type('Hallo Frau Becker, geb. 12.03.1987, Ihr Termin beim Jobcenter wegen Ihrer Depression');
  await whatsapp.locator('vertraulich-panel').waitFor();
  if (withPolicy) await waitForPolicy(whatsapp);
  await whatsapp.locator('vertraulich-panel button[data-finding]').first().click();
  await whatsapp.waitForTimeout(300);
  await shot(whatsapp, 'whatsapp-panel');
  await whatsapp.keyboard.press('Enter');
  await whatsapp.locator('vertraulich-dialog').waitFor();
  await whatsapp.waitForTimeout(200);
  await shot(whatsapp, 'whatsapp-dialog');
  await whatsapp.setViewportSize({ width: 550, height: 360 }); // like 1100×720 at 200 % zoom
  await whatsapp.keyboard.press('Escape');
  await whatsapp.keyboard.type('!'); // a new scan lays the panel out for the smaller window
  await whatsapp.waitForTimeout(800);
  await shot(whatsapp, 'whatsapp-compact');

  const facebook = await open(context, 'https://www.facebook.com/?lang=de');
  await facebook.getByText('Was machst du gerade').first().click();
  await facebook.waitForTimeout(300);
  await guidelinesLater(facebook, withPolicy);
  await facebook.keyboard.type('Wir gratulieren Frau Weber aus unserer Mutter-Kind-Gruppe zum Abschluss!');
  await facebook.waitForTimeout(800);
  await shot(facebook, 'facebook-post-notice');
  await facebook.locator('[role="dialog"] div[role="button"][aria-label="Posten"]').click();
  await facebook.locator('vertraulich-dialog').waitFor();
  await facebook.waitForTimeout(200);
  await shot(facebook, 'facebook-post-consent');

  const messenger = await open(context, 'https://www.messenger.com/t/1234567890?lang=de');
  await messenger.locator(`div[aria-label="Thread composer"] ${EDITOR}`).click();
  await guidelinesLater(messenger, withPolicy);
  await messenger.keyboard.type('Leon war heute wegen seiner Therapie nicht da, IBAN DE89 3704 0044 0532 0130 00');
  await messenger.locator('vertraulich-panel').waitFor();
  await messenger.waitForTimeout(300);
  await shot(messenger, 'messenger-panel');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 260 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.waitForTimeout(1800);
  await shot(popup, 'popup');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForTimeout(2000);
  await options.screenshot({ path: join(outDir, 'options.png'), fullPage: true });
  written.push(join(outDir, 'options.png'));
  return written;
}

async function main(): Promise<void> {
  const withPolicy = writePolicy();
  const cleanup = () => {
    if (withPolicy) rmSync(POLICY_FILE, { force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  console.log(
    withPolicy
      ? `Beispiel-Richtlinie gesetzt (${POLICY_FILE}; wird beim Beenden entfernt).`
      : 'Keine Beispiel-Richtlinie: /etc/chromium/policies/managed ist nicht beschreibbar (nur als root). Es gelten die Voreinstellungen.',
  );
  const { context, profile } = await launch();
  try {
    const id = await extensionId(context);
    if (headless) {
      const written = await screenshots(context, id, withPolicy);
      console.log(`Bildschirmfotos (${written.length}) in ${outDir}:`);
      for (const path of written) console.log(`  ${path}`);
    } else {
      for (const url of [
        'https://web.whatsapp.com/?lang=de',
        'https://www.facebook.com/?lang=de',
        'https://www.messenger.com/t/1234567890?lang=de',
      ])
        await context.newPage().then((page) => page.goto(url));
      await context.newPage().then((page) => page.goto(`chrome-extension://${id}/options.html`));
      for (const page of context.pages())
        if (page.url() === 'about:blank' && context.pages().length > 1) await page.close();
      console.log(
        'Chromium ist offen: WhatsApp Web, Facebook, Messenger (Testseiten) und die Einstellungen. Fenster schließen zum Beenden.',
      );
      await new Promise<void>((done) => context.on('close', () => done()));
    }
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
