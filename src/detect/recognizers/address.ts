/**
 * German postal addresses: street + house number ("Hauptstraße 12a", "Berliner Str. 5",
 * "Karl-Marx-Allee 3", "Am Markt 5", "An der Kirche 3"), optionally followed by postcode and town
 * ("…, 10115 Berlin"), and a postcode + town alone ("01067 Dresden"). A street word alone or a
 * bare suffix word with a number ("Die Straße war nass", "Platz 3", "Weg 2 Ziel") is not one.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { digitRunStarts, letterRunStart, matchAllAt } from '../anchored-matches';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';

const SUFFIX =
  '(?:[Ss]tra(?:ße|sse)|[Ss]tr\\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|[Mm]arkt|[Kk]ai|[Pp]romenade|[Ss]tieg|[Tt]wiete|[Cc]hausseestraße)';
/**
 * Every SUFFIX lower-cased ends with one of these ("Chausseestraße" with "straße"): a cheap
 * test of the text before a space and digit, so the street regexes skip spaces that follow
 * no street word ("um 10 Uhr"). Keep in step with SUFFIX.
 */
const STREET_ENDINGS = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'allee',
  'platz',
  'gasse',
  'ring',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
  'markt',
  'kai',
  'promenade',
  'stieg',
  'twiete',
];
const HOUSE_NUMBER = '\\d{1,4}(?: ?[a-zA-Z](?![\\p{L}]))?(?: ?[-–/] ?\\d{1,4}[a-zA-Z]?)?(?![\\p{L}\\p{N}])';
const TOWN =
  '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*(?: (?:am|an der|a\\.|im|in der|ob der|bei) \\p{Lu}\\p{Ll}+)?(?: \\(\\p{Lu}\\p{Ll}+\\))?';
const POSTCODE_TOWN = `(?<![\\p{L}\\p{N}])(?!00)\\d{5} ${TOWN}`;

/** Function words that end in "-er" and so look like "Berliner" in "Berliner Straße". */
const NOT_A_STREET_WORD = new Set([
  'der',
  'oder',
  'aber',
  'jeder',
  'unser',
  'euer',
  'einer',
  'keiner',
  'dieser',
  'jener',
  'wieder',
  'leider',
  'unter',
  'hinter',
  'über',
  'immer',
  'welcher',
  'solcher',
  'mancher',
  'ihrer',
  'seiner',
  'meiner',
  'deiner',
  'aller',
  'später',
  'vorher',
  'nachher',
  'daher',
  'woher',
  'bisher',
  'weiter',
  'lieber',
  'sicher',
  'ander',
]);
/** Words after "Am"/"Im" that make it a time or a phrase, not a street ("Am Montag 5 Leute"). */
const NOT_A_PLACE = new Set([
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'sonnabend',
  'wochenende',
  'anfang',
  'ende',
  'morgen',
  'abend',
  'nachmittag',
  'vormittag',
  'mittag',
  'tag',
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'telefon',
  'handy',
  'besten',
  'liebsten',
  'meisten',
  'schlimmsten',
  'ehesten',
  'wenigsten',
  'schnellsten',
  'ersten',
  'letzten',
  'jahr',
  'jahre',
  'monat',
  'moment',
  'schluss',
  'stück',
  'durchschnitt',
  'prinzip',
  'rahmen',
  'sinne',
  'grunde',
]);
/** Capitalised words after a 5-digit number that are counts, not towns ("20000 Besucher"). */
const NOT_A_TOWN = new Set([
  'euro',
  'eur',
  'menschen',
  'besucher',
  'personen',
  'teilnehmer',
  'teilnehmende',
  'schritte',
  'stück',
  'mitglieder',
  'kinder',
  'leute',
  'jahre',
  'einwohner',
  'follower',
  'likes',
  'klicks',
  'mal',
  'meter',
  'kilometer',
  'km',
  'unterschriften',
  'spenden',
  'dollar',
  'franken',
  'fälle',
  'faelle',
  'punkte',
  'stunden',
  'minuten',
  'tage',
  'exemplare',
  'anfragen',
  'anrufe',
  'nachrichten',
  'aufrufe',
  'views',
  'fans',
  'abonnenten',
  'haushalte',
  'familien',
  'frauen',
  'männer',
  'jugendliche',
  'schüler',
  'studierende',
  'beschäftigte',
  'stimmen',
  'bücher',
]);

/**
 * Home words: an address next to one is where someone lives. Only these are reported as
 * "context:<word>" in the reason, which scoring.ts reads as a home address (strong); an address
 * without one is a place (weak) unless a person is near it.
 */
const CONTEXT = [
  'wohnt',
  'wohnhaft',
  'adresse',
  'anschrift',
  'plz',
  'wohnort',
  'wohnung',
  'meldeadresse',
  'wohne',
  'wohnen',
  'lebt',
  // Not "umgezogen"/"zieht": offices and services announce their moves far more often
  // ("Die Kleiderkammer ist umgezogen: neu in der Lindenallee 12") than a draft says a client moved
  // without also saying "wohnt" or "Adresse".
  'address',
  'lives',
];
/** Before a bare postcode and town ("in 10115 Berlin"): it is a place, not necessarily a home. */
const LOCATIVES = ['in', 'aus', 'nach'];

/**
 * Built once: assembling these long sources per scan cost more than matching them. Used only
 * through matchAllAt/matchAll (which copy them) and non-global exec, so no lastIndex is shared.
 */
const STREET_PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  score: number;
  kind: 'compound' | 'separate' | 'prepositional';
}> = [
  // "Hauptstraße 12", "Karl-Marx-Allee 3": one word ending in a street suffix, with something
  // before it. Each "\p{L}*-" must end in a hyphen, so the loop cannot backtrack into itself, and
  // no match starts after a hyphen, so "A-A-A-…" is scanned once, not once per part.
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])\\p{Lu}(?:\\p{L}*-)*\\p{L}*${SUFFIX} ${HOUSE_NUMBER}`, 'gu'),
    score: 0.7,
    kind: 'compound',
  },
  // "Berliner Straße 12", "Kölner Str. 5"
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+er) ${SUFFIX} ${HOUSE_NUMBER}`, 'gu'),
    score: 0.7,
    kind: 'separate',
  },
  // "Am Markt 5", "An der Kirche 3", "Im Winkel 2"
  {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den) (\\p{Lu}\\p{Ll}+) ${HOUSE_NUMBER}`,
      'gu',
    ),
    score: 0.5,
    kind: 'prepositional',
  },
];
const FOLLOWING_TOWN = new RegExp(`^,? ${POSTCODE_TOWN}`, 'u');
const POSTCODE_TOWN_GLOBAL = new RegExp(POSTCODE_TOWN, 'gu');

export const recognizer: Recognizer = {
  id: 'address',
  kinds: ['address'],
  recognize(ctx: ScanContext): Span[] {
    const { text, lower } = ctx;
    // The count is kept per draft and shared with the other recognizers: no regex per keystroke.
    if (digitCount(text) === 0) return [];
    // Candidates from all patterns, then one sweep in text order keeps the first of any
    // overlapping pair (earlier pattern wins a tie): n log n, not a comparison per pair.
    const found: Array<Span & { priority: number }> = [];

    // Every street match has a space before its house number. The regexes run only where a
    // match can start: before the word(s) in front of such a space (see streetStarts).
    const anchors: number[] = [];
    for (let p = text.indexOf(' '); p !== -1 && p + 1 < text.length; p = text.indexOf(' ', p + 1)) {
      const next = text.charCodeAt(p + 1);
      if (next >= 0x30 && next <= 0x39) anchors.push(p);
    }
    // A compound or separate street ends in its suffix right before the space (the regex cannot
    // reach past that space to another one): only those anchors can start such a match.
    const suffixAnchors = anchors.filter((p) => STREET_ENDINGS.some((ending) => lower.endsWith(ending, p)));
    STREET_PATTERNS.forEach(({ pattern, score, kind }, priority) => {
      const from = kind === 'prepositional' ? anchors : suffixAnchors;
      for (const match of matchAllAt(pattern, text, streetStarts(text, from, kind))) {
        const start = match.index;
        let end = start + match[0].length;
        if (kind === 'separate' && NOT_A_STREET_WORD.has(match[1]!.toLowerCase())) continue;
        if (kind === 'prepositional' && NOT_A_PLACE.has(match[1]!.toLowerCase())) continue;
        let base = score;
        const town = FOLLOWING_TOWN.exec(text.slice(end, end + 80));
        if (town && !NOT_A_TOWN.has(firstTownWord(town[0]))) {
          end += town[0].length;
          base = 0.9;
        }
        const weak = kind === 'prepositional' && base < 0.9;
        const result = withContext(
          base,
          weak ? 'pattern:weak' : 'pattern',
          findContext(lower, start, end, CONTEXT),
          0.15,
        );
        found.push({
          category: 'identifier',
          kind: 'address',
          start,
          end,
          score: result.score,
          reason: result.reason,
          priority,
        });
      }
    });

    // A postcode starts with a digit no digit precedes, and is five digits and a space.
    const postcodeStarts = digitRunStarts(lower).filter((p) => isPostcodeShape(text, p));
    for (const match of matchAllAt(POSTCODE_TOWN_GLOBAL, text, postcodeStarts)) {
      const start = match.index;
      const end = start + match[0].length;
      if (NOT_A_TOWN.has(firstTownWord(match[0]))) continue;
      const home = findContext(lower, start, end, CONTEXT);
      const locative = home === undefined ? findContext(lower, start, end, LOCATIVES) : undefined;
      // A locative raises the score as much as a home word but is no home context ("near:").
      const result =
        locative === undefined
          ? withContext(0.5, 'pattern', home, 0.3)
          : { score: 0.8, reason: `pattern+near:${locative}` };
      found.push({
        category: 'identifier',
        kind: 'address',
        start,
        end,
        score: result.score,
        reason: result.reason,
        priority: 9,
      });
    }

    found.sort((a, b) => a.start - b.start || a.priority - b.priority);
    const spans: Span[] = [];
    let lastEnd = -1;
    for (const { priority: _priority, ...span } of found) {
      if (span.start < lastEnd) continue;
      spans.push(span);
      lastEnd = span.end;
    }
    return spans;
  },
};

/**
 * Where a street pattern can start, given the spaces before digits: "Karl-Marx-Allee 3" at the
 * start of the letters and hyphens before the space; "Berliner Str. 5" one word further back;
 * "Am Markt 5", "An der Kirche 3" one or two words further back. A dot may end the street word
 * ("Str."). The lookbehinds of the patterns forbid a letter before the start, so each start is
 * the beginning of a whole run of letters.
 */
function streetStarts(
  text: string,
  anchors: readonly number[],
  kind: 'compound' | 'separate' | 'prepositional',
): number[] {
  const starts: number[] = [];
  for (const p of anchors) {
    const end = kind !== 'prepositional' && text.charCodeAt(p - 1) === 0x2e ? p - 1 : p;
    if (kind === 'compound') {
      starts.push(letterRunStart(text, end, true));
      continue;
    }
    let word = letterRunStart(text, end);
    for (let words = kind === 'separate' ? 1 : 2; words > 0; words--) {
      if (word < 1 || text.charCodeAt(word - 1) !== 0x20) break;
      word = letterRunStart(text, word - 1);
      starts.push(word);
    }
  }
  return starts;
}

/** Five ASCII digits from p, then a space: what `\d{5} ` of POSTCODE_TOWN needs there. */
function isPostcodeShape(text: string, p: number): boolean {
  // Inside the text only: a read past its end would deoptimise the optimised code.
  if (p + 5 >= text.length) return false;
  for (let k = p; k < p + 5; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return text.charCodeAt(p + 5) === 0x20;
}

function firstTownWord(match: string): string {
  return (/\d{5} (\p{L}+)/u.exec(match)?.[1] ?? '').toLowerCase();
}
