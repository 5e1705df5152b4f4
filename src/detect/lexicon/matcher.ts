/**
 * A compiled term matcher: Aho–Corasick over the folded text (one pass, linear in the text
 * plus the number of hits), then word-boundary rules per term so inflections and compounds
 * match ("Alkoholsucht", "Suchtklinik", "depressiv", "Depressionen") and the classic traps
 * do not ("besucht", "Christian").
 *
 * Term syntax (terms are written naturally, with umlauts; they are folded like the text):
 *   depression   the whole word, plus an inflection ending (Depressionen)
 *   depress*     a word starting with it (depressiv, Depressionen)
 *   *sucht       a word ending with it, also alone (Alkoholsucht, Sucht)
 *   +sucht       a compound ending with it: at least 3 letters before (Alkoholsucht, not "sucht")
 *   sucht+       a compound starting with it: at least 3 letters after (Suchtklinik, not "suchten")
 *   *hiv*        anywhere inside a word
 *   ^Aids        the original must be capitalised here ("Aids", "AIDS", not "hearing aids")
 * Spaces and hyphens in a term match either ("häusliche Gewalt", "U-Haft" = "U Haft").
 */
import { fold, foldTerm, type Folded } from './fold';

export type Edge = 'word' | 'any' | 'compound';

export interface TermRule {
  /** Folded stem the automaton looks for. */
  readonly stem: string;
  readonly before: Edge;
  readonly after: Edge;
  readonly capitalised: boolean;
  /** Index into the caller's payload array. */
  readonly payload: number;
}

/** Inflection endings accepted after a whole-word term (German and English nouns/adjectives). */
const ENDINGS: ReadonlySet<string> = new Set(['', 's', 'e', 'en', 'n', 'er', 'ern', 'es', 'em', 'ens', 'nen', 'ed']);
const MAX_ENDING = 3;
/** Longer than any exempt word, suffix or prefix. */
const MAX_EXEMPT_LENGTH = 24;

export function parseTerm(raw: string, payload: number): TermRule | null {
  let t = raw.trim();
  let capitalised = false;
  if (t.startsWith('^')) {
    capitalised = true;
    t = t.slice(1);
  }
  let before: Edge = 'word';
  let after: Edge = 'word';
  if (t.startsWith('*')) [before, t] = ['any', t.slice(1)];
  else if (t.startsWith('+')) [before, t] = ['compound', t.slice(1)];
  if (t.endsWith('*')) [after, t] = ['any', t.slice(0, -1)];
  else if (t.endsWith('+')) [after, t] = ['compound', t.slice(0, -1)];
  const stem = foldTerm(t).replace(/[ -]+/g, ' ').trim();
  if (stem.length < 2 || stem.includes('|')) return null;
  return { stem, before, after, capitalised, payload };
}

/** Character classes of the automaton; every unit outside them resets to the root. */
function classOf(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61; // a-z: 0..25
  if (c >= 0x30 && c <= 0x39) return 26 + c - 0x30; // 0-9: 26..35
  if (c === 0x20 || c === 0x2d) return 36; // space and hyphen are interchangeable
  if (c === 0xa7) return 37; // §
  if (c === 0x2e) return 38; // .
  if (c === 0x2f) return 39; // /
  return -1;
}
const CLASSES = 40;

/** classOf for ASCII, as a table: the matcher looks up one class per folded unit. */
const ASCII_CLASS = Int8Array.from({ length: 0x80 }, (_, c) => classOf(c));

export interface Hit {
  readonly payload: number;
  /** [start, end) of the matched word(s) in `lower`/`text` offsets (the whole word, for highlighting). */
  readonly start: number;
  readonly end: number;
  /** Folded offsets of the whole word(s) and of the stem, for context rules. */
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly stemStart: number;
  readonly stemEnd: number;
}

export interface Exemptions {
  /** Folded whole words in which no term counts ("besucht", "christian"). */
  readonly words: ReadonlySet<string>;
  /** Folded word endings in which no term counts ("…gesucht"). */
  readonly suffixes: readonly string[];
  /** Folded word beginnings in which no term counts ("eifersüchtig…"). */
  readonly prefixes: readonly string[];
}

export class TermMatcher {
  /**
   * Transitions, CLASSES per state. 16 bits per entry while the states fit (the built-in
   * lexicons have a few thousand): half the bytes of Int32 keeps more of the table in cache,
   * and this lookup, once per unit of every draft, was the matcher's largest cost.
   */
  private readonly delta: Uint16Array | Int32Array;
  /**
   * Set in a delta entry when the target state has outputs on its dictionary chain: the scan
   * learns it from the one load it makes anyway, not from a second table per unit.
   */
  private readonly reports: number;
  private readonly outputs: Array<number[] | undefined>;
  private readonly dictLink: Int32Array;
  /** First node with outputs on the dictionary chain of each state (itself if it has outputs), or 0. */
  private readonly firstOutput: Int32Array;
  /** Bit n set when some exempt word has n units (all are shorter than MAX_EXEMPT_LENGTH < 31). */
  private readonly exemptLengths: number;
  /** Exempt suffixes by their last unit, prefixes by their first. */
  private readonly suffixesByLast = new Map<number, string[]>();
  private readonly prefixesByFirst = new Map<number, string[]>();
  /** An empty suffix or prefix: every word is exempt. */
  private readonly emptyAffix: boolean;

  constructor(
    private readonly rules: readonly TermRule[],
    private readonly exemptions: Exemptions = { words: new Set(), suffixes: [], prefixes: [] },
  ) {
    // Trie over the stems.
    const trie: number[][] = [new Array<number>(CLASSES).fill(-1)];
    const trieOutputs: Array<number[] | undefined> = [undefined];
    rules.forEach((rule, index) => {
      let node = 0;
      for (let k = 0; k < rule.stem.length; k++) {
        const cls = classOf(rule.stem.charCodeAt(k));
        if (cls < 0) return;
        let child = trie[node]![cls]!;
        if (child < 0) {
          child = trie.length;
          trie.push(new Array<number>(CLASSES).fill(-1));
          trieOutputs.push(undefined);
          trie[node]![cls] = child;
        }
        node = child;
      }
      (trieOutputs[node] ??= []).push(index);
    });
    // Breadth-first: failure links turn the trie into a complete automaton (delta). States are
    // numbered in the order they are reached, so the shallow states a draft's scan mostly stays
    // in have their rows together (fewer cache lines per draft). Failure and dictionary links
    // and the report flag are set when a state is reached: one pass, no second one over delta.
    const size = trie.length;
    const wide = size >= 0x8000;
    const delta = wide ? new Int32Array(size * CLASSES) : new Uint16Array(size * CLASSES);
    const reports = wide ? 0x40000000 : 0x8000;
    const outputs: Array<number[] | undefined> = [trieOutputs[0]];
    const fail = new Int32Array(size);
    const dictLink = new Int32Array(size).fill(-1);
    /** Trie nodes in state order: state q is queue[q]. */
    const queue: number[] = [0];
    for (let node = 0; node < queue.length; node++) {
      const f = fail[node]!;
      const row = trie[queue[node]!]!;
      for (let cls = 0; cls < CLASSES; cls++) {
        const child = row[cls]!;
        if (child < 0) {
          delta[node * CLASSES + cls] = node === 0 ? 0 : delta[f * CLASSES + cls]!;
          continue;
        }
        const state = queue.length;
        queue.push(child);
        outputs[state] = trieOutputs[child];
        const failState = node === 0 ? 0 : delta[f * CLASSES + cls]! % reports;
        fail[state] = failState;
        dictLink[state] = outputs[failState] ? failState : dictLink[failState]!;
        delta[node * CLASSES + cls] = outputs[state] || dictLink[state]! > 0 ? state + reports : state;
      }
    }
    const firstOutput = new Int32Array(size);
    for (let node = 0; node < size; node++) firstOutput[node] = outputs[node] ? node : Math.max(0, dictLink[node]!);
    this.delta = delta;
    this.reports = reports;
    let exemptLengths = 0;
    for (const word of exemptions.words) if (word.length <= MAX_EXEMPT_LENGTH) exemptLengths |= 1 << word.length;
    this.exemptLengths = exemptLengths;
    for (const suffix of exemptions.suffixes) {
      if (suffix.length === 0) continue;
      const last = suffix.charCodeAt(suffix.length - 1);
      this.suffixesByLast.set(last, [...(this.suffixesByLast.get(last) ?? []), suffix]);
    }
    for (const prefix of exemptions.prefixes) {
      if (prefix.length === 0) continue;
      const first = prefix.charCodeAt(0);
      this.prefixesByFirst.set(first, [...(this.prefixesByFirst.get(first) ?? []), prefix]);
    }
    this.emptyAffix = exemptions.suffixes.includes('') || exemptions.prefixes.includes('');
    this.outputs = outputs;
    this.dictLink = dictLink;
    this.firstOutput = firstOutput;
  }

  /** All rule matches in `lower` (see fold()); `text` is needed for capitalisation rules. */
  match(text: string, lower: string, folded: Folded = fold(lower), limit = Infinity): Hit[] {
    const f = folded.text;
    const hits: Hit[] = [];
    let state = 0;
    const delta = this.delta;
    const reports = this.reports;
    const length = f.length;
    for (let p = 0; p < length; p++) {
      const c = f.charCodeAt(p);
      const cls = c < 0x80 ? ASCII_CLASS[c]! : c === 0xa7 ? 37 : -1;
      if (cls < 0) {
        state = 0;
        continue;
      }
      const entry = delta[state * CLASSES + cls]!;
      if (entry < reports) {
        state = entry;
        continue;
      }
      state = entry - reports;
      for (let node = this.firstOutput[state]!; node > 0; node = this.dictLink[node]!) {
        for (const index of this.outputs[node]!) this.check(index, p + 1, text, lower, folded, hits);
      }
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private check(index: number, b: number, text: string, lower: string, folded: Folded, hits: Hit[]): void {
    const rule = this.rules[index]!;
    const a = b - rule.stem.length;
    const f = folded.text;
    const ws = folded.wordStart(a);
    const we = folded.wordEnd(b - 1);
    // A stem must start and end inside words ("§ 8a" starts on a symbol: its own boundary).
    const wordStart = ws >= 0 ? ws : a;
    const wordEnd = we >= 0 ? we : b;
    if (ws < 0 && a > 0 && folded.wordStart(a - 1) >= 0) return;
    if (we < 0 && b < f.length && folded.wordStart(b) >= 0) return;
    const pre = a - wordStart;
    const post = wordEnd - b;
    if (rule.before === 'word' && pre !== 0) return;
    if (rule.before === 'compound' && pre < 3) return;
    // Endings are at most three letters: longer tails need no slice (no quadratic work), and
    // a stem that may end anywhere ('any') needs none at all.
    if (rule.after === 'word') {
      if (post > MAX_ENDING || !ENDINGS.has(f.slice(b, wordEnd))) return;
    } else if (rule.after === 'compound') {
      if (post < 3 || (post <= MAX_ENDING && ENDINGS.has(f.slice(b, wordEnd)))) return;
    }
    if (rule.capitalised) {
      const at = folded.lowerStart(a);
      // Upper case is wherever the text differs from its lower-cased twin.
      if (text.charCodeAt(at) === lower.charCodeAt(at)) return;
    }
    if (this.isExempt(f, wordStart, wordEnd)) return;
    hits.push({
      payload: rule.payload,
      start: folded.lowerStart(wordStart),
      end: folded.lowerEnd(wordEnd - 1),
      wordStart,
      wordEnd,
      stemStart: a,
      stemEnd: b,
    });
  }

  private isExempt(f: string, start: number, end: number): boolean {
    // Exemptions are short words; look at bounded slices only, whatever the word length.
    const length = end - start;
    // Only a word as long as some exempt word can be one: no slice for the others.
    if (length <= MAX_EXEMPT_LENGTH && ((this.exemptLengths >>> length) & 1) === 1) {
      if (this.exemptions.words.has(f.slice(start, end))) return true;
    }
    // Compared in place (no tail and head slices); the length bound keeps each inside the
    // word, as the slices of at most MAX_EXEMPT_LENGTH units did. Only the suffixes ending in
    // the word's last unit and the prefixes starting with its first are tried: a builtin call
    // per suffix and prefix was most of this check's cost.
    const suffixes = this.suffixesByLast.get(length > 0 ? f.charCodeAt(end - 1) : -1);
    if (suffixes !== undefined) {
      for (const suffix of suffixes) {
        if (suffix.length <= length && suffix.length <= MAX_EXEMPT_LENGTH && f.endsWith(suffix, end)) return true;
      }
    }
    if (this.emptyAffix) return true;
    const prefixes = this.prefixesByFirst.get(length > 0 ? f.charCodeAt(start) : -1);
    if (prefixes !== undefined) {
      for (const prefix of prefixes) {
        if (prefix.length <= length && prefix.length <= MAX_EXEMPT_LENGTH && f.startsWith(prefix, start)) return true;
      }
    }
    return false;
  }
}

/** Compile a list of raw terms; payload i belongs to terms[i]. Unparsable terms are skipped. */
export function compileTerms(terms: readonly string[], exemptions?: Exemptions): TermMatcher {
  const rules: TermRule[] = [];
  terms.forEach((term, i) => {
    const rule = typeof term === 'string' ? parseTerm(term, i) : null;
    if (rule) rules.push(rule);
  });
  return new TermMatcher(rules, exemptions);
}
