/**
 * Caseload benchmarks (issue 16): what a worker's own client list adds to a keystroke's scan,
 * and how long the options page's WebCrypto hashing of a 5,000-line import takes.
 *
 * A keystroke is a scan of the draft so far, typed one character at a time (the guard scans
 * the whole draft after each pause). Rounds alternate without and with the caseload and the
 * figure is the median per-keystroke difference over rounds, so a neighbour's load spike in
 * one round does not decide it. The matcher keeps its cache between keystrokes as in the page.
 */
import { webcrypto } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fakerDE, fakerEN, fakerPL, fakerTR } from '@faker-js/faker';
import type * as Build from '../../src/caseload/build';
import { addNames } from '../../src/caseload/hash-names';
import type * as Matcher from '../../src/caseload/matcher';
import type { ClientName } from '../../src/caseload/tags';
import type { ScanOptions } from '../../src/detect/types';
import { normalise } from '../../src/detect/normalise';
import { recognizer as clientName } from '../../src/detect/recognizers/client-name';
import { DEFAULT_POLICY } from '../../src/policy/defaults';
import { scanOptionsFor } from '../../src/policy/scan-options';
import { shippedDetector } from './detect';
import { drafts } from './drafts';
import { fmt, summarise, type Check } from './stats';

/** Realistic client names (German, Turkish, Polish, English), the same ones on every run. */
export function clientNames(count: number): ClientName[] {
  const fakers = [fakerDE, fakerTR, fakerPL, fakerEN];
  fakers.forEach((f, i) => f.seed(16 + i));
  return Array.from({ length: count }, (_, i) => {
    const f = fakers[i % fakers.length]!;
    return { first: f.person.firstName(), last: f.person.lastName() };
  });
}

/**
 * Milliseconds of CPU per keystroke for typing `text` with these options (one scan per
 * prefix). CPU time, not wall time: on a shared machine a wait for the core is not our cost.
 */
function typing(scan: (text: string, options: ScanOptions) => unknown, text: string, options: ScanOptions): number {
  const start = process.cpuUsage();
  for (let i = 1; i <= text.length; i++) scan(text.slice(0, i), options);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / text.length;
}

/** The client-name recognizer alone, per keystroke: the whole of what a caseload adds to a scan's work. */
function recognizerTyping(text: string, options: ScanOptions): number {
  const start = process.cpuUsage();
  for (let i = 1; i <= text.length; i++) {
    const norm = normalise(text.slice(0, i));
    clientName.recognize({ text: norm.text, lower: norm.lower, options });
  }
  const used = process.cpuUsage(start);
  const normOnly = process.cpuUsage();
  for (let i = 1; i <= text.length; i++) normalise(text.slice(0, i));
  const norms = process.cpuUsage(normOnly);
  return (used.user + used.system - norms.user - norms.system) / 1000 / text.length;
}

/** The content script's matcher bundled and minified as the extension ships it (like shippedDetector). */
async function shippedMatcher(): Promise<typeof Matcher & typeof Build> {
  const result = await build({
    stdin: {
      contents:
        "export { createClientMatcher } from './src/caseload/matcher'; export { caseloadFromNames } from './src/caseload/build';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'vertraulich-bench-')), 'caseload.mjs');
  writeFileSync(file, result.outputFiles[0]!.contents);
  return (await import(pathToFileURL(file).href)) as typeof Matcher & typeof Build;
}

export async function caseloadChecks(): Promise<Check[]> {
  // The shipped bundle's scan takes options too (detect.ts types it for its own one-argument use).
  const scan = (await shippedDetector()).scan as unknown as (text: string, options: ScanOptions) => unknown;
  const { createClientMatcher, caseloadFromNames } = await shippedMatcher();
  const base = scanOptionsFor(DEFAULT_POLICY);
  const key = webcrypto.getRandomValues(new Uint8Array(32));
  const checks: Check[] = [];
  const text = drafts(500, 1)[0]!;

  for (const size of [500, 5000]) {
    const matcher = createClientMatcher(caseloadFromNames(clientNames(size), key));
    const withClients: ScanOptions = { ...base, clients: matcher };
    typing(scan, text, base); // warm-up: lexicons, JIT, the matcher's cache
    typing(scan, text, withClients);
    const without: number[] = [];
    const with_: number[] = [];
    for (let round = 0; round < 15; round++) {
      without.push(typing(scan, text, base));
      with_.push(typing(scan, text, withClients));
    }
    const recognizerMs: number[] = [];
    for (let round = 0; round < 9; round++) recognizerMs.push(recognizerTyping(text, withClients));
    const alone = summarise(recognizerMs).median;
    const added = summarise(with_.map((ms, i) => ms - without[i]!)).median;
    checks.push({
      name: `keystroke, 500-char draft, ${size} clients: client-name recognizer`,
      value: fmt(Math.max(0, alone)),
      target: '≤ 50 µs',
      ok: alone <= 0.05,
    });
    checks.push({
      name: `keystroke, 500-char draft, ${size} clients: whole scan with − without`,
      value: fmt(added),
      target: `— (scan without: ${fmt(summarise(without).median)})`,
      ok: true,
    });
  }

  // A fresh page: the matcher's cache is empty and every word of a long draft is hashed once.
  const long = drafts(100_000, 1)[0]!;
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const matcher = createClientMatcher(caseloadFromNames(clientNames(500), key));
    cold.push(cpuOnce(() => scan(long, { ...base, clients: matcher })));
  }
  const coldWithout = summarise(Array.from({ length: 5 }, () => cpuOnce(() => scan(long, base))));
  checks.push({
    name: 'scan 100,000 chars, 500 clients, cold cache (CPU)',
    value: fmt(summarise(cold).median),
    target: `bounded (without: ${fmt(coldWithout.median)})`,
    ok: summarise(cold).median < 400,
  });

  // The options page: 5,000 names through WebCrypto, chunked as on the page (no pauses here).
  const names = clientNames(5000);
  const start = performance.now();
  const outcome = await addNames(
    null,
    { names, empty: 0, invalid: 0 },
    { crypto: webcrypto as unknown as Crypto, pause: () => Promise.resolve() },
  );
  checks.push({
    name: `options page: hash ${names.length} names (WebCrypto, ${outcome.added} new)`,
    value: fmt(performance.now() - start),
    target: '— (chunked: 250 names per task)',
    ok: true,
  });
  return checks;
}

/** CPU milliseconds of one call. */
function cpuOnce(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
