/**
 * What the guard costs while typing, in Chromium on the WhatsApp fixture, with the built
 * extension vs. a no-op extension (same browser flags, so only the guard differs):
 * - per keystroke: keydown → next task (all input handlers, Lexical's update, our observers)
 *   and keydown → next animation frame; added latency = with − without (median, p95);
 * - long tasks (PerformanceObserver 'longtask') while typing: the longest, and how many > 50 ms;
 * - start-up: renderer script time of a page load (CDP Performance.getMetrics ScriptDuration),
 *   with − without, which includes compiling and running the content script.
 * Run alone: `node --import tsx test/bench/keystroke.ts` (needs `npx wxt build` first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, type Browser } from '../e2e/harness';
import { fmt, printChecks, summarise, type Check } from './stats';
import { caseloadFromNames } from '../../src/caseload/build';
import { toStored } from '../../src/caseload/stored';
import { clientNames } from './caseload';

const EDITOR = '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const URL = 'https://web.whatsapp.com/?lang=de';
const LOADS = 8;
/** Start-up is measured on both sites: each has its own early script and guard bundle. */
const LOAD_PAGES = [
  { site: 'whatsapp', url: URL, ready: EDITOR },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/?lang=de',
    ready: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  },
] as const;
type LoadSite = (typeof LOAD_PAGES)[number]['site'];

/** A 2,000-character draft that turns sensitive early, so scans, the panel and highlights all run. */
export function benchDraft(length = 2000): string {
  const parts = [
    'Hallo Frau Becker, geb. 12.03.1987, ',
    'Ihr Termin beim Jobcenter wegen der Sanktion ist verschoben. ',
    'Wir sprechen am Donnerstag über die Depression und die Schulden. ',
    'Treffen wir uns morgen um 10 Uhr im Büro? ',
  ];
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += parts[i % parts.length];
  return text.slice(0, length);
}

// Installed in the page's main world before any page script.
const PROBE = () => {
  const w = window as unknown as { __lat: Array<[number, number]>; __long: number[] };
  w.__lat = [];
  w.__long = [];
  addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const task = performance.now() - t0;
        requestAnimationFrame(() => w.__lat.push([task, performance.now() - t0]));
      };
      channel.port2.postMessage(0);
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: reported as none
  }
};

interface RunFigures {
  task: { median: number; p95: number };
  frame: { median: number; p95: number };
  longTasks: number[];
  /** Median script time of a page load, per site. */
  scriptMs: Record<LoadSite, number>;
  warned: boolean;
}

export async function measure(browser: Browser, draft: string): Promise<RunFigures> {
  // Start-up: fresh pages, script time of the whole load.
  const scriptMs = {} as Record<LoadSite, number>;
  for (const { site, url, ready } of LOAD_PAGES) {
    const scriptTimes: number[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(200);
      const { metrics } = await cdp.send('Performance.getMetrics');
      scriptTimes.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
      await page.close();
    }
    scriptMs[site] = summarise(scriptTimes).median;
  }

  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(URL);
  await page.locator(EDITOR).click();
  // Long tasks are counted from here on, including the detector's first (lexicon-loading)
  // scan; keystroke samples too. Keys are ~10 ms apart so each is processed on its own
  // (with no delay they queue up and the figure measures the queue), with pauses of 200 ms
  // every 40 characters so the guard's scheduled scans run as they would for a person.
  for (let i = 0; i < draft.length; i += 40) {
    await page.keyboard.type(draft.slice(i, i + 40), { delay: 10 });
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(800);
  const { lat, long } = await page.evaluate(() => {
    const w = window as unknown as { __lat: Array<[number, number]>; __long: number[] };
    return { lat: w.__lat, long: w.__long };
  });
  const warned = (await page.locator('vertraulich-panel').count()) > 0;
  await page.close();
  return {
    task: summarise(lat.map(([task]) => task)),
    frame: summarise(lat.map(([, frame]) => frame)),
    longTasks: long,
    scriptMs,
    warned,
  };
}

/**
 * A do-nothing MV3 extension with an empty content script on the same page at the same time,
 * so "without" pays the browser's own cost of injecting a content script (isolated world)
 * and the difference is what our script does.
 */
export function noopExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vertraulich-noop-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'noop',
      version: '1',
      background: { service_worker: 'sw.js' },
      content_scripts: [
        {
          matches: ['https://web.whatsapp.com/*', 'https://www.facebook.com/*'],
          js: ['cs.js'],
          run_at: 'document_start',
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'sw.js'), '');
  writeFileSync(join(dir, 'cs.js'), 'void 0;');
  return dir;
}

/** Rounds of without/with, alternated: one pair differs by ±1.5 ms on a shared machine. */
const ROUNDS = 3;

function median(values: number[]): number {
  return summarise(values).median;
}

export async function keystrokeChecks(): Promise<Check[]> {
  const draft = benchDraft();
  const routes = fixtureRoutes();
  const runs: Array<{ without: RunFigures; withGuard: RunFigures; withCaseload: RunFigures }> = [];
  // Issue 16: the same guarded browser again with a worker's caseload of 500 names stored.
  const caseload = toStored(caseloadFromNames(clientNames(500), new Uint8Array(32).fill(16)));
  for (let round = 0; round < ROUNDS; round += 1) {
    const noop = noopExtension();
    const base = await launch({ extensionDir: noop, routes });
    let without: RunFigures;
    try {
      without = await measure(base, draft);
    } finally {
      await base.close();
      rmSync(noop, { recursive: true, force: true });
    }
    const guarded = await launch({ routes });
    try {
      const withGuard = await measure(guarded, draft);
      await guarded.background.evaluate(
        (stored) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local.set({ caseload: stored }),
        caseload,
      );
      runs.push({ without, withGuard, withCaseload: await measure(guarded, draft) });
    } finally {
      await guarded.close();
    }
  }

  // Per figure: the median over rounds of (with − without).
  const added = (pick: (r: RunFigures) => number) =>
    Math.max(0, median(runs.map((run) => pick(run.withGuard) - pick(run.without))));
  const taskMedian = added((r) => r.task.median);
  const taskP95 = added((r) => r.task.p95);
  const frameMedian = added((r) => r.frame.median);
  const frameP95 = added((r) => r.frame.p95);
  const startup = added((r) => r.scriptMs.whatsapp);
  const startupFacebook = added((r) => r.scriptMs.facebook);
  const withGuard = {
    longTasks: runs.flatMap((run) => run.withGuard.longTasks),
    warned: runs.every((run) => run.withGuard.warned),
  };

  const longest = Math.max(0, ...withGuard.longTasks);
  // Per run, so three rounds do not triple the count.
  const over50 = median(runs.map((run) => run.withGuard.longTasks.filter((d) => d > 50).length));
  const over50Without = median(runs.map((run) => run.without.longTasks.filter((d) => d > 50).length));

  for (const [i, run] of runs.entries())
    console.log(
      `  round ${i + 1}: keydown→task ${fmt(run.without.task.median)}/${fmt(run.without.task.p95)} without, ` +
        `${fmt(run.withGuard.task.median)}/${fmt(run.withGuard.task.p95)} with; keydown→frame ` +
        `${fmt(run.without.frame.median)}/${fmt(run.without.frame.p95)} without, ${fmt(run.withGuard.frame.median)}/` +
        `${fmt(run.withGuard.frame.p95)} with; load script ${fmt(run.without.scriptMs.whatsapp)} without, ${fmt(run.withGuard.scriptMs.whatsapp)} with ` +
        `(Facebook ${fmt(run.without.scriptMs.facebook)}, ${fmt(run.withGuard.scriptMs.facebook)}); ` +
        `long tasks with: ${run.withGuard.longTasks.map(fmt).join(', ') || 'none'}`,
    );
  const byCaseload = (pick: (r: RunFigures) => number) =>
    median(runs.map((run) => pick(run.withCaseload) - pick(run.withGuard)));
  return [
    {
      name: '500-client caseload: added per keystroke, keydown→next task, median',
      value: fmt(
        Math.max(
          0,
          byCaseload((r) => r.task.median),
        ),
      ),
      target: '≤ noise (guard alone adds ' + fmt(taskMedian) + ')',
      ok: true,
    },
    {
      name: '500-client caseload: added per keystroke, keydown→next frame, median',
      value: fmt(
        Math.max(
          0,
          byCaseload((r) => r.frame.median),
        ),
      ),
      target: '—',
      ok: true,
    },
    {
      name: '500-client caseload: content script start-up added',
      value: fmt(byCaseload((r) => r.scriptMs.whatsapp)),
      target: '—',
      ok: true,
    },
    {
      name: 'added per keystroke, keydown→next task, median',
      value: fmt(taskMedian),
      target: '≤ 1 ms',
      ok: taskMedian <= 1,
    },
    { name: 'added per keystroke, keydown→next task, p95', value: fmt(taskP95), target: '≤ 4 ms', ok: taskP95 <= 4 },
    {
      name: 'added per keystroke, keydown→next frame, median',
      value: fmt(frameMedian),
      target: '≤ 1 ms',
      ok: frameMedian <= 1,
    },
    { name: 'added per keystroke, keydown→next frame, p95', value: fmt(frameP95), target: '≤ 4 ms', ok: frameP95 <= 4 },
    {
      name: 'long tasks > 50 ms added while typing 2,000 chars',
      value: `${Math.max(0, over50 - over50Without)} (max ${fmt(longest)})`,
      target: '0',
      ok: over50 - over50Without <= 0,
    },
    {
      name: 'content script start-up (script time added to a load)',
      value: fmt(startup),
      target: '≤ 30 ms',
      ok: startup <= 30,
    },
    {
      name: 'content script start-up, Facebook feed',
      value: fmt(startupFacebook),
      target: '≤ 30 ms',
      ok: startupFacebook <= 30,
    },
    {
      name: 'the draft was warned about (guard really ran)',
      value: String(withGuard.warned),
      target: 'true',
      ok: withGuard.warned,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const checks = await keystrokeChecks();
  printChecks('Guard in Chromium (built extension), WhatsApp fixture, 2,000-character draft', checks);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
