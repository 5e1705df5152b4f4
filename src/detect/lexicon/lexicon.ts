/**
 * A compiled lexicon: groups of terms plus the context rules that turn "Suchtberatung",
 * "Welt-Aids-Tag" or "Frau Becker vom Jugendamt" from a statement about someone into a
 * service, a topic or a colleague's affiliation. Compiled once; the result for the last
 * ScanContext is kept so the three lexicon recognizers share one pass over the text.
 */
import { lowerBound } from '../sorted';
import type { ScanContext, Span } from '../recognizer';
import { fold, type Folded } from './fold';
import { compileTerms, type Hit, type TermMatcher } from './matcher';
import type { LexiconExemptions, LexiconGroup } from './types';

/** Score ceilings the context rules apply (see the tiers in types.ts). */
export const SERVICE_SCORE = 0.5;
export const TOPIC_SCORE = 0.3;
export const MAX_HITS = 1000;
/** Up to this many hits, spans at the same place are found by comparing, without a Map. */
const FEW_HITS = 16;

/** The word (chain) continues with an event or topic: "Welt-Aids-Tag", "Suchtprävention". */
const TOPIC_MARKERS = [
  'tag',
  'tage',
  'woche',
  'monat',
  'day',
  'week',
  'month',
  'kampagne',
  'campaign',
  'vortrag',
  'statistik',
  'forschung',
  'gesetz',
  'politik',
  'debatte',
  'praevention',
  'prevention',
  'awareness',
  'aufklaerung',
  'thema',
  'themen',
  'film',
  'studie',
  'konferenz',
  'tagung',
  'research',
  'politics',
];

/** The word (chain) continues with a service or a role: "Suchtberatung", "Psychotherapeutin". */
const SERVICE_MARKERS = [
  'beratung',
  'stelle',
  'hilfe',
  'dienst',
  'zentrum',
  'telefon',
  'hotline',
  'helpline',
  'gruppe',
  'kurs',
  'seminar',
  'schulung',
  'fortbildung',
  'workshop',
  'projekt',
  'netzwerk',
  'verband',
  'verein',
  'forum',
  'info',
  'treff',
  'cafe',
  'sprechstunde',
  'ambulanz',
  'arbeit',
  'service',
  'services',
  'centre',
  'center',
  'charity',
  'team',
  'training',
  'group',
  'counselling',
  'counseling',
  'support',
  'programm',
  'programme',
  'program',
  'angebot',
  'einrichtung',
  'therapeut',
  'therapeutin',
  'arzt',
  'aerztin',
  'berater',
  'beraterin',
  'helfer',
  'helferin',
  'fachkraft',
  'koordination',
  'koordinatorin',
];

const MARKER_ENDINGS = ['', 's', 'n', 'en', 'e', 'es', 'nen'];
const MAX_MARKER_CONTEXT = 40;

type MarkerKind = 'topic' | 'service';

/** A node of the marker forms read from their last letter: one Map step per letter of a word's end. */
interface MarkerNode {
  readonly next: Map<number, MarkerNode>;
  /** Set when a form ends here (the form is the path from the root, reversed). */
  kind: MarkerKind | undefined;
}

/** Every inflected marker form, built once: context checks are then a few Map lookups. */
let markerForms: { forms: Map<string, MarkerKind>; reversed: MarkerNode } | null = null;

function markers(): { forms: Map<string, MarkerKind>; reversed: MarkerNode } {
  if (markerForms) return markerForms;
  const forms = new Map<string, MarkerKind>();
  for (const [list, kind] of [
    [SERVICE_MARKERS, 'service'],
    [TOPIC_MARKERS, 'topic'],
  ] as const) {
    for (const marker of list) for (const ending of MARKER_ENDINGS) forms.set(marker + ending, kind);
  }
  const reversed: MarkerNode = { next: new Map(), kind: undefined };
  for (const [form, kind] of forms) {
    let node = reversed;
    for (let k = form.length - 1; k >= 0; k--) {
      const c = form.charCodeAt(k);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), kind: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.kind = kind;
  }
  markerForms = { forms, reversed };
  return markerForms;
}

/**
 * The marker the units [from, to) of `f` end with, hyphens left out (longest match), if any.
 * Read from the end through the reversed forms: no slice, no hash per candidate suffix.
 */
function endingMarker(f: string, from: number, to: number): MarkerKind | undefined {
  let node: MarkerNode | undefined = markers().reversed;
  let found: MarkerKind | undefined;
  for (let k = to - 1; k >= from; k--) {
    const c = f.charCodeAt(k);
    if (c === 0x2d) continue;
    node = node.next.get(c);
    if (node === undefined) break;
    if (node.kind !== undefined) found = node.kind;
  }
  return found;
}

/** At least two units other than hyphens in [from, to) of `f`. */
function twoUnitsBesideHyphens(f: string, from: number, to: number): boolean {
  let count = 0;
  for (let k = from; k < to; k++) if (f.charCodeAt(k) !== 0x2d && ++count >= 2) return true;
  return false;
}

interface Entry {
  readonly kind: string;
  readonly category: LexiconGroup['category'];
  readonly score: number;
  readonly institution: boolean;
}

export class Lexicon {
  private compiled: { matcher: TermMatcher; entries: Entry[] } | null = null;
  /**
   * The last scan's result: the three lexicon recognizers ask for it one after the other. One
   * entry, not a WeakMap keyed by every scan's context: WeakMap entries are costly to collect,
   * and a scan runs on every keystroke.
   */
  private last: { ctx: ScanContext; spans: Span[] } | null = null;

  constructor(
    private readonly groups: readonly LexiconGroup[],
    private readonly exemptions: LexiconExemptions = { words: [], suffixes: [], prefixes: [] },
  ) {}

  /** Compile lazily: the first scan pays for it, loading the extension does not. */
  private compile(): { matcher: TermMatcher; entries: Entry[] } {
    if (this.compiled) return this.compiled;
    const terms: string[] = [];
    const entries: Entry[] = [];
    for (const group of this.groups) {
      const entry: Entry = {
        kind: group.kind,
        category: group.category,
        score: group.score,
        institution: group.institution === true,
      };
      for (const term of group.terms) {
        terms.push(term);
        entries.push(entry);
      }
    }
    const matcher = compileTerms(terms, {
      words: new Set(this.exemptions.words),
      suffixes: this.exemptions.suffixes,
      prefixes: this.exemptions.prefixes,
    });
    this.compiled = { matcher, entries };
    return this.compiled;
  }

  /** Term spans in ctx (normalised offsets), one per word, highest score kept. */
  find(ctx: ScanContext): Span[] {
    if (this.last?.ctx === ctx) return this.last.spans;
    const { matcher, entries } = this.compile();
    const folded = foldedFor(ctx);
    // Bounded work for any input: past this many hits a draft is flagged anyway, and more
    // highlights help nobody.
    const hits = matcher.match(ctx.text, ctx.lower, folded, MAX_HITS);
    if (hits.length === 0) {
      const spans: Span[] = [];
      this.last = { ctx, spans };
      return spans;
    }
    // One span per place: a draft has a few hits, compared directly; many (a long text) go
    // through a Map keyed by the place, linear in the hits.
    const few = hits.length <= FEW_HITS;
    const list: Span[] = [];
    const best = few ? null : new Map<number, Span>();
    const width = ctx.text.length + 1;
    for (const hit of hits) {
      const entry = entries[hit.payload]!;
      const [score, reason] = contextScore(hit, entry, folded);
      const span: Span = { category: entry.category, kind: entry.kind, start: hit.start, end: hit.end, score, reason };
      if (best === null) {
        let at = list.length - 1;
        while (at >= 0 && (list[at]!.start !== hit.start || list[at]!.end !== hit.end)) at--;
        if (at < 0) list.push(span);
        else if (list[at]!.score < score) list[at] = span;
      } else {
        const key = hit.start * width + hit.end;
        const previous = best.get(key);
        if (!previous || previous.score < score) best.set(key, span);
      }
    }
    const spans = withoutOverlaps(best === null ? list : [...best.values()]);
    this.last = { ctx, spans };
    return spans;
  }
}

/** "U-Haft" and "Haft" in the same place: keep the stronger, then the longer, once. */
function withoutOverlaps(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const ordered = spans.sort((x, y) => y.score - x.score || y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Span[] = [];
  // Kept spans sorted by start: one binary search per span keeps this n log n for 1000 hits
  // in a 100k-character text, without a set of covered positions.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const span of ordered) {
    const k = lastBefore(starts, span.end);
    // Kept spans do not overlap, so their ends ascend with their starts: only the last one
    // starting before this span's end can reach into it.
    if (k >= 0 && ends[k]! > span.start) continue;
    starts.splice(k + 1, 0, span.start);
    ends.splice(k + 1, 0, span.end);
    kept.push(span);
  }
  return kept.sort((x, y) => x.start - y.start);
}

/** The last scan's folded text (see Lexicon.last for why one entry). */
let lastFolded: { ctx: ScanContext; folded: Folded } | null = null;

/** The folded text of a scan, computed once and shared by every lexicon. */
export function foldedFor(ctx: ScanContext): Folded {
  if (lastFolded?.ctx === ctx) return lastFolded.folded;
  const folded = fold(ctx.lower);
  lastFolded = { ctx, folded };
  return folded;
}

function contextScore(hit: Hit, entry: Entry, folded: Folded): [number, string] {
  const f = folded.text;
  // The hyphenated chain the word belongs to: "Welt-Aids-Tag", "Sucht-Beratung".
  let chainEnd = hit.wordEnd;
  while (chainEnd + 1 < f.length && f.charCodeAt(chainEnd) === 0x2d && folded.wordStart(chainEnd + 1) >= 0) {
    chainEnd = folded.wordEnd(chainEnd + 1);
  }
  // Markers are short suffixes: bounded ranges keep this constant per hit, whatever the length.
  // The chain must go on after the stem, or a stem that is itself a marker would read as one.
  const rest = twoUnitsBesideHyphens(f, Math.max(hit.stemEnd, chainEnd - MAX_MARKER_CONTEXT), chainEnd);
  // English and loose German put the service in the next word: "addiction counselling".
  const next = wordAfter(folded, chainEnd);
  const marker =
    (rest ? endingMarker(f, Math.max(hit.stemStart, chainEnd - MAX_MARKER_CONTEXT), chainEnd) : undefined) ??
    (next ? markers().forms.get(next) : undefined);
  if (marker === 'topic') return [Math.min(entry.score, TOPIC_SCORE), 'topic'];
  if (marker === 'service') return [Math.min(entry.score, SERVICE_SCORE), 'service'];
  if (entry.institution && isAffiliation(folded, hit.wordStart)) return [TOPIC_SCORE, 'affiliation'];
  return [entry.score, entry.institution ? 'institution' : 'term'];
}

/** The word right after `pos` if only one space separates them. */
function wordAfter(folded: Folded, pos: number): string | null {
  const f = folded.text;
  if (pos + 1 >= f.length || f.charCodeAt(pos) !== 0x20 || folded.wordStart(pos + 1) < 0) return null;
  return f.slice(pos + 1, Math.min(folded.wordEnd(pos + 1), pos + 1 + MAX_MARKER_CONTEXT));
}

/** The word ending right before `pos` (one space between), with its start. */
function wordBefore(folded: Folded, pos: number): { word: string; start: number } | null {
  const f = folded.text;
  if (pos < 2 || f.charCodeAt(pos - 1) !== 0x20 || folded.wordStart(pos - 2) < 0) return null;
  const start = folded.wordStart(pos - 2);
  return { word: f.slice(Math.max(start, pos - 1 - MAX_MARKER_CONTEXT), pos - 1), start };
}

/** "vom Jugendamt", "von der Schuldnerberatung", "from social services": someone's employer. */
function isAffiliation(folded: Folded, wordStart: number): boolean {
  const prev = wordBefore(folded, wordStart);
  if (!prev) return false;
  if (prev.word === 'vom' || prev.word === 'from') return true;
  if (prev.word === 'der' || prev.word === 'dem' || prev.word === 'the') {
    const before = wordBefore(folded, prev.start);
    return before !== null && (before.word === 'von' || before.word === 'from');
  }
  return false;
}

/** Index of the last element of ascending `sorted` that is < value, or -1. */
function lastBefore(sorted: readonly number[], value: number): number {
  return lowerBound(sorted, value) - 1;
}
