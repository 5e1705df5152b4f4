/**
 * Realistic drafts of a given length for the benchmarks: labelled corpus messages (German
 * first) concatenated until the length is reached, so lexicon, name and identifier paths all run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS_DIR = 'test/fixtures/corpus';

export function corpusTexts(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const texts: string[] = [];
  for (const file of readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text?: unknown };
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts;
}

const FALLBACK = [
  'Hallo Frau Becker, können wir uns morgen um 10 Uhr im Büro treffen?',
  'Ihr Sohn war gestern beim Jugendamt, die Inobhutnahme ist noch nicht entschieden.',
  'Bitte bringen Sie den Bescheid vom Jobcenter mit, Az. 45 F 123/25.',
  'Liebe Grüße, Maria – Treffpunkt ist die Kastanienallee 12, 10435 Berlin.',
];

/** `count` different drafts of exactly `length` characters, each starting at a different message. */
export function drafts(length: number, count: number): string[] {
  const texts = corpusTexts();
  const pool = texts.length > 0 ? texts : FALLBACK;
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    let draft = '';
    for (let j = i; draft.length < length; j++) draft += pool[j % pool.length] + ' ';
    result.push(draft.slice(0, length));
  }
  return result;
}
