/**
 * Runs scan(), with each draft's surface, over three labelled sets and prints recall
 * (sensitive → warn+), false warnings (benign → warn+) and obfuscated recall (evasion copies),
 * per language and per surface, plus the misclassified ids. Ids only, never the drafts: the
 * output may end up in CI logs.
 *
 *   node --import tsx scripts/report-drafts.ts [--verbose]
 *
 * Sets: (a) the project corpus test/fixtures/corpus, (b) ../shared/data/drafts-dev/drafts.jsonl
 * and (c) test/fixtures/fresh/drafts.jsonl, each only if present (a fresh clone has no ../shared).
 * `--verbose` also prints, per misclassified id, the finding kinds and the severity.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scan } from '../src/detect/index';
import { atLeast, type ScanOptions, type Severity, type Surface } from '../src/detect/types';
import { loadCorpus, surfaceOf } from './report-corpus';

export { surfaceOf };

/** One labelled draft, whichever set it came from. */
export interface Draft {
  id: string;
  lang: string;
  surface: Surface;
  sensitive: boolean;
  evasion: boolean;
  text: string;
  options?: ScanOptions;
}

interface DraftLine {
  id: string;
  lang: string;
  site: string;
  label: 'sensitive' | 'benign';
  evasion?: boolean;
  text: string;
}

/** drafts-dev and the fresh set share one format (see ../shared/data/README.md). */
export function loadDrafts(file: string): Draft[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DraftLine)
    .map((d) => ({
      id: d.id,
      lang: d.lang,
      surface: surfaceOf(d.site),
      sensitive: d.label === 'sensitive',
      evasion: d.evasion === true,
      text: d.text,
    }));
}

export function corpusDrafts(): Draft[] {
  return loadCorpus().map((e) => ({
    id: e.id,
    lang: e.lang,
    surface: surfaceOf(e.surface),
    sensitive: e.expect === 'warn+',
    evasion: e.note === 'evasion',
    text: e.text,
    ...(e.options ? { options: e.options } : {}),
  }));
}

export interface DraftResult {
  draft: Draft;
  severity: Severity;
  kinds: string[];
  flagged: boolean;
}

export function evaluate(drafts: readonly Draft[]): DraftResult[] {
  return drafts.map((draft) => {
    const assessment = scan(draft.text, { ...draft.options, surface: draft.surface });
    return {
      draft,
      severity: assessment.severity,
      kinds: assessment.findings.map((f) => f.kind),
      flagged: atLeast(assessment.severity, 'warn'),
    };
  });
}

function share(results: readonly DraftResult[]): string {
  if (results.length === 0) return '   –   ';
  const hit = results.filter((r) => r.flagged).length;
  return `${(hit / results.length).toFixed(2)} (${hit}/${results.length})`;
}

function figures(results: readonly DraftResult[]): Record<string, string> {
  return {
    recall: share(results.filter((r) => r.draft.sensitive && !r.draft.evasion)),
    'false warnings': share(results.filter((r) => !r.draft.sensitive)),
    'obfuscated recall': share(results.filter((r) => r.draft.sensitive && r.draft.evasion)),
  };
}

function report(name: string, drafts: readonly Draft[], verbose: boolean): void {
  const results = evaluate(drafts);
  console.log(`\n== ${name}: ${drafts.length} drafts`);
  const rows: Record<string, Record<string, string>> = { all: figures(results) };
  for (const lang of [...new Set(drafts.map((d) => d.lang))].sort()) {
    rows[`lang ${lang}`] = figures(results.filter((r) => r.draft.lang === lang));
  }
  for (const surface of [...new Set(drafts.map((d) => d.surface))].sort()) {
    rows[`surface ${surface}`] = figures(results.filter((r) => r.draft.surface === surface));
  }
  console.table(rows);
  const wrong = results.filter((r) => r.flagged !== r.draft.sensitive);
  if (wrong.length === 0) return;
  for (const [label, subset] of [
    ['missed (sensitive below warn)', wrong.filter((r) => r.draft.sensitive)],
    ['false warnings (benign at warn+)', wrong.filter((r) => !r.draft.sensitive)],
  ] as const) {
    console.log(`${label}: ${subset.length}`);
    for (const r of subset) {
      const detail = verbose ? `  ${r.severity}  [${r.kinds.join(', ')}]` : '';
      console.log(`  ${r.draft.id}${detail}`);
    }
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  report('corpus (test/fixtures/corpus)', corpusDrafts(), verbose);
  const dev = fileURLToPath(new URL('../../shared/data/drafts-dev/drafts.jsonl', import.meta.url));
  if (existsSync(dev)) report('drafts-dev (../shared/data/drafts-dev)', loadDrafts(dev), verbose);
  else console.log('\n(drafts-dev not present: ../shared/data/drafts-dev/drafts.jsonl)');
  const fresh = fileURLToPath(new URL('../test/fixtures/fresh/drafts.jsonl', import.meta.url));
  if (existsSync(fresh)) report('fresh (test/fixtures/fresh)', loadDrafts(fresh), verbose);
  else console.log('\n(fresh set not present: test/fixtures/fresh/drafts.jsonl)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
