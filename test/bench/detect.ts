/**
 * Detection benchmarks (issue 3): scan latency per draft length, first scan in a fresh
 * process, throughput against compromise `.people()` on the same sentences, bundle size.
 * Measured on the code as it ships: src/detect bundled and minified by esbuild, as the
 * extension's build does, not the TypeScript run through tsx (whose development transform
 * wraps every inner function in a naming helper and costs several per cent).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import type { Assessment } from '../../src/detect/types';
import { drafts, corpusTexts } from './drafts';
import { fmt, summarise, type Check } from './stats';

type Scan = (text: string) => Assessment;

/** src/detect bundled and minified the way the extension ships it, written to a temporary file. */
export async function shippedDetector(): Promise<{ scan: Scan; file: string; code: Uint8Array }> {
  const result = await build({
    entryPoints: ['src/detect/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'vertraulich-bench-')), 'detect.mjs');
  writeFileSync(file, result.outputFiles[0]!.contents);
  const module = (await import(pathToFileURL(file).href)) as { scan: Scan };
  return { scan: module.scan, file, code: result.outputFiles[0]!.contents };
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function latency(scan: Scan, length: number, iterations: number): { median: number; p95: number; n: number } {
  const inputs = drafts(length, 20);
  for (const text of inputs) scan(text); // warm-up: lexicons loaded, JIT settled
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) samples.push(time(() => scan(inputs[i % inputs.length]!)));
  return summarise(samples);
}

/** First scan in a fresh Node process: module load, lexicon load and the scan itself. */
export function firstScan(file: string): { importMs: number; firstScanMs: number } {
  const script = `
    const t0 = performance.now();
    const { scan } = await import(${JSON.stringify(pathToFileURL(file).href)});
    const t1 = performance.now();
    scan('Hallo Frau Becker, Ihr Termin beim Jobcenter wegen der Sanktion, geb. 12.03.1987.');
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstScanMs: t2 - t1 }));`;
  const runs = [0, 1, 2].map(() => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    return JSON.parse(out.trim().split('\n').pop()!) as { importMs: number; firstScanMs: number };
  });
  runs.sort((a, b) => a.firstScanMs - b.firstScanMs);
  return runs[1]!; // the median of three
}

/** Passes of ours per round: a window comparable to compromise's one pass (see throughputRatio). */
export const OURS_PASSES = 20;

/**
 * Throughput on the same sentences as compromise `.people()`. Rounds alternate (ours, theirs,
 * ours, …) and the ratio is the median of the per-round ratios, so a garbage collection or a
 * neighbour's load spike in one round does not decide the figure.
 */
export function throughputRatio(
  scan: Scan,
  rounds = 9,
  passes = OURS_PASSES,
  sample?: readonly string[],
): { ours: number; compromise: number; ratio: number; chars: number } {
  const sentences = sample ?? corpusTexts().slice(0, 200);
  const texts = sentences.length > 0 ? sentences : drafts(360, 50);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts) {
    scan(t);
    nlp(t).people().out('array');
  }
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Our pass over the sentences takes a few milliseconds, theirs a hundred or more: timed
    // once, ours is shorter than a scheduler time slice and follows right after compromise's
    // heap churn, so one preemption or refill doubles it. Timing OURS_PASSES passes makes both
    // windows comparable; the figure is then throughput, as its name says.
    oursMs.push(
      time(() => {
        for (let k = 0; k < passes; k++) texts.forEach((t) => scan(t));
      }) / passes,
    );
    theirsMs.push(time(() => texts.forEach((t) => nlp(t).people().out('array'))));
  }
  const ratios = oursMs.map((ms, r) => theirsMs[r]! / ms);
  const perSecond = (ms: number) => chars / (ms / 1000);
  return {
    ours: perSecond(summarise(oursMs).median),
    compromise: perSecond(summarise(theirsMs).median),
    ratio: summarise(ratios).median,
    chars,
  };
}

/** The GermEval 2014 development set, read only where ../shared is present (never in a fresh clone). */
export const GERMEVAL_FILE = '../shared/data/germeval2014/NER-de-dev.tsv';

/**
 * The first `count` sentences of the GermEval 2014 development set as plain text (tokens joined
 * by spaces), or null when the file is absent.
 */
export function germevalSentences(count = 2000, file = GERMEVAL_FILE): string[] | null {
  if (!existsSync(file)) return null;
  const sentences: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (tokens.length > 0) sentences.push(tokens.join(' '));
      tokens = [];
      if (sentences.length === count) break;
      continue;
    }
    const token = line.split('\t')[1];
    if (token) tokens.push(token);
  }
  if (tokens.length > 0 && sentences.length < count) sentences.push(tokens.join(' '));
  return sentences;
}

/** Size of the detection bundle as built for the benchmark (the same bytes it measures). */
export function bundleSize(code: Uint8Array): { minified: number; gzipped: number } {
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

export async function detectChecks(): Promise<Check[]> {
  const shipped = await shippedDetector();
  const checks: Check[] = [];
  const targets: Record<number, number | undefined> = { 500: 0.3, 20_000: 10 };
  for (const [length, iterations] of [
    [80, 5000],
    [500, 3000],
    [2000, 1000],
    [20_000, 200],
  ] as const) {
    const s = latency(shipped.scan, length, iterations);
    const target = targets[length];
    checks.push({ name: `scan ${length} chars median`, value: fmt(s.median), target: '—', ok: true });
    checks.push({
      name: `scan ${length} chars p95`,
      value: fmt(s.p95),
      target: target === undefined ? '—' : `≤ ${fmt(target)}`,
      ok: target === undefined || s.p95 <= target,
    });
  }
  const big = latency(shipped.scan, 100_000, 20);
  checks.push({ name: 'scan 100,000 chars p95', value: fmt(big.p95), target: 'bounded', ok: big.p95 < 200 });
  // Issue 12, finding 12: the 1,000 allow terms a policy may hold, found by one automaton
  // instead of one pass per term (was 794 ms vs 70 ms on 1,000,000 characters).
  const allowTerms = Array.from({ length: 1000 }, (_, i) => `Mitarbeiterin ${i}`);
  const withTerms = shipped.scan as (text: string, options?: { allowTerms?: string[] }) => Assessment;
  const allowed = latency((text) => withTerms(text, { allowTerms }), 100_000, 20);
  checks.push({
    name: 'scan 100,000 chars, 1,000 allow terms p95',
    value: fmt(allowed.p95),
    target: '≤ 1.5× without',
    ok: allowed.p95 <= 1.5 * big.p95,
  });
  const first = firstScan(shipped.file);
  checks.push({ name: 'module import (fresh process)', value: fmt(first.importMs), target: '—', ok: true });
  checks.push({
    name: 'first scan incl. lexicon load',
    value: fmt(first.firstScanMs),
    target: '≤ 50 ms',
    ok: first.firstScanMs <= 50,
  });
  const tp = throughputRatio(shipped.scan);
  checks.push({
    name: 'throughput vs compromise .people()',
    value: `${tp.ratio.toFixed(1)}×`,
    target: '≥ 20×',
    ok: tp.ratio >= 20,
  });
  // The former method (one pass of ours per window), printed for comparison with earlier notes.
  const single = throughputRatio(shipped.scan, 9, 1);
  checks.push({
    name: 'throughput ratio, one pass per window',
    value: `${single.ratio.toFixed(1)}×`,
    target: '—',
    ok: true,
  });
  // Issue 11 measures the ratio on GermEval sentences in one process, both sides warmed up
  // first, one pass each per round: 2,000 encyclopaedic sentences, not the project's own drafts.
  const germeval = germevalSentences();
  if (germeval) {
    const ge = throughputRatio(shipped.scan, 5, 1, germeval);
    checks.push({
      name: `throughput vs compromise, ${germeval.length} GermEval sentences`,
      value: `${ge.ratio.toFixed(1)}×`,
      target: '≥ 20×',
      ok: ge.ratio >= 20,
    });
  } else console.log(`  (GermEval ratio skipped: ${GERMEVAL_FILE} not found)`);
  checks.push({
    name: 'throughput (ours)',
    value: `${(tp.ours / 1e6).toFixed(2)} MB/s`,
    target: '—',
    ok: true,
  });
  const size = bundleSize(shipped.code);
  checks.push({
    name: 'detect bundle minified',
    value: `${(size.minified / 1024).toFixed(1)} KB`,
    target: '—',
    ok: true,
  });
  checks.push({
    name: 'detect bundle gzipped',
    value: `${(size.gzipped / 1024).toFixed(1)} KB`,
    // 200 KB since issue 11: the cue families and the discourse layer load when a composer is
    // first focused, not with the page, so the bundle may grow from 120 KB.
    target: '≤ 200 KB',
    ok: size.gzipped <= 200 * 1024,
  });
  return checks;
}
