/**
 * Runs scan() over the labelled corpus (test/fixtures/corpus/*.jsonl) and prints the confusion
 * table and the misclassified ids. Ids only, never the drafts: the output may end up in CI logs.
 *
 *   node --import tsx scripts/report-corpus.ts [--verbose]
 *
 * `--verbose` also prints, per misclassified id, the finding kinds and the severity.
 * The same evaluation backs test/unit/detect/corpus.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scan } from '../src/detect/index';
import { atLeast, type ScanOptions, type Severity, type Surface } from '../src/detect/types';

export interface CorpusEntry {
  id: string;
  text: string;
  expect: 'warn+' | 'benign';
  lang: 'de' | 'en';
  surface: string;
  note?: string;
  options?: ScanOptions;
}

export interface CorpusResult {
  entry: CorpusEntry;
  severity: Severity;
  kinds: string[];
  flagged: boolean;
  correct: boolean;
}

/** Where a draft was typed → the surface the guard passes to scan(). */
export function surfaceOf(site: string): Surface {
  switch (site) {
    case 'facebook-post':
      return 'post';
    case 'facebook-comment':
      return 'comment';
    case 'messenger':
      return 'message';
    default:
      return 'chat';
  }
}

export const CORPUS_DIR = fileURLToPath(new URL('../test/fixtures/corpus/', import.meta.url));

export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim()) entries.push(JSON.parse(line) as CorpusEntry);
    }
  }
  return entries;
}

export function evaluateCorpus(entries: readonly CorpusEntry[]): CorpusResult[] {
  return entries.map((entry) => {
    const assessment = scan(entry.text, { ...entry.options, surface: surfaceOf(entry.surface) });
    const flagged = atLeast(assessment.severity, 'warn');
    return {
      entry,
      severity: assessment.severity,
      kinds: assessment.findings.map((finding) => finding.kind),
      flagged,
      correct: flagged === (entry.expect === 'warn+'),
    };
  });
}

export interface Rates {
  sensitive: number;
  benign: number;
  /** Share of sensitive drafts at warn or higher. */
  recall: number;
  /** Share of benign drafts at warn or higher. */
  falseWarnings: number;
}

export function rates(results: readonly CorpusResult[]): Rates {
  const sensitive = results.filter((r) => r.entry.expect === 'warn+');
  const benign = results.filter((r) => r.entry.expect === 'benign');
  return {
    sensitive: sensitive.length,
    benign: benign.length,
    recall: sensitive.filter((r) => r.flagged).length / Math.max(1, sensitive.length),
    falseWarnings: benign.filter((r) => r.flagged).length / Math.max(1, benign.length),
  };
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const results = evaluateCorpus(loadCorpus());
  const severities: Severity[] = ['none', 'notice', 'warn', 'high'];
  const rows: Array<Record<string, string | number>> = [];
  for (const lang of ['de', 'en', 'all']) {
    for (const expect of ['warn+', 'benign'] as const) {
      const subset = results.filter((r) => r.entry.expect === expect && (lang === 'all' || r.entry.lang === lang));
      const row: Record<string, string | number> = { lang, expect, n: subset.length };
      for (const severity of severities) row[severity] = subset.filter((r) => r.severity === severity).length;
      rows.push(row);
    }
  }
  console.table(rows);
  const r = rates(results);
  console.log(
    `sensitive at warn+: ${(r.recall * 100).toFixed(1)} % of ${r.sensitive} (floor 97 %)   ` +
      `benign at warn+: ${(r.falseWarnings * 100).toFixed(1)} % of ${r.benign} (ceiling 3 %)`,
  );
  const wrong = results.filter((result) => !result.correct);
  if (wrong.length === 0) return;
  console.log(`misclassified (${wrong.length}):`);
  for (const result of wrong) {
    const detail = verbose ? `  ${result.severity}  [${result.kinds.join(', ')}]` : '';
    console.log(`  ${result.entry.id} (expected ${result.entry.expect})${detail}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
