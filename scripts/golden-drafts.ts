/**
 * Golden check for speed work: records severity and every finding (kind, category, offsets) of
 * each draft in the project corpus, the fresh set and ../shared/data/drafts-dev (when present),
 * scanned with its own surface and with none, and compares against a saved record. Ids and
 * offsets only, never draft text.
 *
 *   node --import tsx scripts/golden-drafts.ts --write FILE   # record
 *   node --import tsx scripts/golden-drafts.ts FILE           # compare; exit 1 on any difference
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { scan } from '../src/detect/index';
import { corpusDrafts, loadDrafts, type Draft } from './report-drafts';

const sets: Draft[] = [...corpusDrafts(), ...loadDrafts('test/fixtures/fresh/drafts.jsonl')];
if (existsSync('../shared/data/drafts-dev/drafts.jsonl'))
  sets.push(...loadDrafts('../shared/data/drafts-dev/drafts.jsonl'));

const record: Record<string, string> = {};
for (const [i, d] of sets.entries()) {
  for (const surface of [d.surface, undefined]) {
    const a = scan(d.text, { ...d.options, ...(surface ? { surface } : {}) });
    const findings = a.findings.map((f) => `${f.kind}/${f.category}@${f.start}-${f.end}`).join(' ');
    record[`${i}:${d.id}:${surface ?? '-'}`] =
      `${a.severity} ${a.failed ? 'FAILED' + a.failed.join(',') : ''} ${findings}`;
  }
}

const write = process.argv.indexOf('--write');
if (write >= 0) {
  writeFileSync(process.argv[write + 1]!, JSON.stringify(record, null, 1));
  console.log(`recorded ${Object.keys(record).length} assessments`);
} else {
  const saved = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, string>;
  let diffs = 0;
  for (const key of new Set([...Object.keys(saved), ...Object.keys(record)])) {
    if (saved[key] !== record[key]) {
      diffs++;
      if (diffs <= 20) console.log(`${key}\n  was: ${saved[key]}\n  now: ${record[key]}`);
    }
  }
  console.log(`${Object.keys(record).length} assessments, ${diffs} differ`);
  if (diffs > 0) process.exitCode = 1;
}
