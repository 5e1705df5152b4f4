/**
 * Person-name detection measured on the GermEval 2014 German NER development set
 * (CC BY 4.0; Benikova, Biemann, Kisselew, Padó: "GermEval 2014 Named Entity Recognition
 * Shared Task", KONVENS 2014). Entity level, outer PER annotations only (B-PER/I-PER in the
 * third column): a predicted name counts when it covers exactly the gold tokens.
 * Compares our detector with compromise `.people()` on the same sentences.
 *
 * Run: node --import tsx scripts/report-germeval.ts [--by-reason] [--errors N] [--min-score S] [--spaced]
 * (--spaced: tokens joined by single spaces, as the dataset lists them, instead of as written)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPersonNames } from '../src/detect/recognizers/person-name';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const devFile = join(root, '..', 'shared', 'data', 'germeval2014', 'NER-de-dev.tsv');

const ATTACH_LEFT = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);
const ATTACH_RIGHT = new Set(['(', '[', '„']);

interface Sentence {
  text: string;
  /** [start, end) of each token in text. */
  offsets: Array<[number, number]>;
  gold: Set<string>;
}

function parse(content: string, spaced = false): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    const offsets: Array<[number, number]> = [];
    let text = '';
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (text && (spaced || !(ATTACH_LEFT.has(t) || ATTACH_RIGHT.has(tokens[i - 1]!)))) text += ' ';
      offsets.push([text.length, text.length + t.length]);
      text += t;
    }
    const gold = new Set<string>();
    let open = -1;
    for (let i = 0; i <= tags.length; i++) {
      const tag = tags[i] ?? 'O';
      if (open >= 0 && tag !== 'I-PER') {
        gold.add(`${open}:${i - 1}`);
        open = -1;
      }
      if (tag === 'B-PER') open = i;
    }
    sentences.push({ text, offsets, gold });
    tokens = [];
    tags = [];
  };
  for (const line of content.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    tokens.push(cols[1] ?? '');
    tags.push(cols[2] ?? 'O');
  }
  flush();
  return sentences;
}

/** Maps a character span to the tokens it touches, as "first:last". */
function toTokens(s: Sentence, start: number, end: number): string | undefined {
  let first = -1;
  let last = -1;
  s.offsets.forEach(([a, b], i) => {
    if (a < end && b > start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? undefined : `${first}:${last}`;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  ms: number;
}

type Predict = (text: string) => Array<{ start: number; end: number; reason?: string }>;

/**
 * Lenient matching, for comparison with figures measured that way: a prediction counts when
 * it overlaps a gold name that no other prediction matched.
 */
function scoreOverlap(sentences: Sentence[], predict: Predict): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, ms: 0 };
  for (const s of sentences) {
    const gold = [...s.gold].map((k) => k.split(':').map(Number) as [number, number]);
    const used = new Set<number>();
    const seen = new Set<string>();
    for (const span of predict(s.text)) {
      const key = toTokens(s, span.start, span.end);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const [a, b] = key.split(':').map(Number) as [number, number];
      const hit = gold.findIndex(([ga, gb], i) => !used.has(i) && a <= gb && b >= ga);
      if (hit >= 0) {
        used.add(hit);
        counts.tp++;
      } else counts.fp++;
    }
    counts.fn += gold.length - used.size;
  }
  return counts;
}

function score(
  sentences: Sentence[],
  predict: Predict,
  byReason?: Map<string, { tp: number; fp: number }>,
  errors?: string[],
): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, ms: 0 };
  for (const s of sentences) {
    const t0 = performance.now();
    const spans = predict(s.text);
    counts.ms += performance.now() - t0;
    const predicted = new Set<string>();
    for (const span of spans) {
      const key = toTokens(s, span.start, span.end);
      if (!key || predicted.has(key)) continue;
      predicted.add(key);
      const hit = s.gold.has(key);
      if (hit) counts.tp++;
      else counts.fp++;
      if (byReason) {
        const r = byReason.get(span.reason ?? '?') ?? { tp: 0, fp: 0 };
        if (hit) r.tp++;
        else r.fp++;
        byReason.set(span.reason ?? '?', r);
      }
      if (!hit && errors)
        errors.push(
          `FP [${span.reason}] ${s.text.slice(span.start, span.end)}  «${s.text.slice(Math.max(0, span.start - 40), span.end + 40)}»`,
        );
    }
    for (const key of s.gold)
      if (!predicted.has(key)) {
        counts.fn++;
        if (errors) {
          const [a, b] = key.split(':').map(Number) as [number, number];
          const start = s.offsets[a]![0];
          const end = s.offsets[b]![1];
          errors.push(`FN ${s.text.slice(start, end)}  «${s.text.slice(Math.max(0, start - 40), end + 40)}»`);
        }
      }
  }
  return counts;
}

function row(name: string, c: Counts, n: number): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  const f3 = (x: number) => x.toFixed(3);
  return `| ${name.padEnd(28)} | ${f3(p)} | ${f3(r)} | ${f3(f)} | ${String(c.tp).padStart(4)} | ${String(c.fp).padStart(4)} | ${String(c.fn).padStart(4)} | ${((c.ms * 1000) / n).toFixed(0).padStart(6)} µs |`;
}

async function main(): Promise<void> {
  if (!existsSync(devFile)) {
    console.log(`GermEval dev set not found at ${devFile}; skipping the report (it needs ../shared/data).`);
    return;
  }
  const args = process.argv.slice(2);
  const minScoreArg = args.indexOf('--min-score');
  const minScore = minScoreArg >= 0 ? Number(args[minScoreArg + 1]) : 0;
  const errorsArg = args.indexOf('--errors');
  const showErrors = errorsArg >= 0 ? Number(args[errorsArg + 1]) : 0;

  const spaced = args.includes('--spaced');
  const sentences = parse(readFileSync(devFile, 'utf8'), spaced);
  const goldCount = sentences.reduce((sum, s) => sum + s.gold.size, 0);
  const form = spaced
    ? 'tokens joined by spaces, as listed (--spaced)'
    : 'sentences rebuilt as written: no space before . , ; : ! ? ) ], none after ( [ „ (--spaced: as listed)';
  console.log(
    `GermEval 2014 dev (CC BY 4.0, Benikova et al. 2014): ${sentences.length} sentences, ${goldCount} PER entities (outer level);\n${form}.\n`,
  );
  console.log('| detector                     | prec. | recall |  F1   |  TP  |  FP  |  FN  | per sentence |');
  console.log('|------------------------------|-------|--------|-------|------|------|------|--------------|');

  const byReason = new Map<string, { tp: number; fp: number }>();
  const errors: string[] = [];
  findPersonNames('Warm-up Anna Schmidt.'); // load the lexicon outside the timing
  const ours = score(sentences, (t) => findPersonNames(t).filter((s) => s.score >= minScore), byReason, errors);
  console.log(row(`Vertraulich person-name${minScore ? ` ≥${minScore}` : ''}`, ours, sentences.length));
  for (const threshold of [0.5, 0.6, 0.7]) {
    if (threshold <= minScore) continue;
    const c = score(sentences, (t) => findPersonNames(t).filter((s) => s.score >= threshold));
    console.log(row(`  … only score ≥ ${threshold}`, c, sentences.length));
  }

  const { default: nlp } = await import('compromise');
  const people: Predict = (t) =>
    (nlp(t).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map((p) => ({
      start: p.offset.start,
      end: p.offset.start + p.offset.length,
    }));
  const ourNames: Predict = (t) => findPersonNames(t).filter((s) => s.score >= minScore);
  console.log(row('compromise .people()', score(sentences, people), sentences.length));
  // What compromise would add as an idle-time second opinion: its names that overlap none of ours.
  const union: Predict = (t) => {
    const mine = ourNames(t);
    const extra = people(t).filter((p) => !mine.some((m) => m.start < p.end && m.end > p.start));
    return [...mine, ...extra];
  };
  console.log(row('ours + compromise (union)', score(sentences, union), sentences.length));
  console.log('\nLenient (a prediction overlapping a gold name counts):');
  console.log(row('Vertraulich person-name', scoreOverlap(sentences, ourNames), sentences.length));
  console.log(row('compromise .people()', scoreOverlap(sentences, people), sentences.length));
  console.log('(timings in the lenient rows are not measured)');

  if (args.includes('--by-reason')) {
    console.log('\nBy reason (ours): reason  TP  FP  precision');
    for (const [reason, c] of [...byReason].sort((a, b) => b[1].tp + b[1].fp - a[1].tp - a[1].fp))
      console.log(
        `  ${reason.padEnd(20)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)}  ${(c.tp / (c.tp + c.fp)).toFixed(2)}`,
      );
  }
  if (showErrors) console.log(`\n${errors.slice(0, showErrors).join('\n')}`);
}

void main();
