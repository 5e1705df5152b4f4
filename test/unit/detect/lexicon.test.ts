import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/detect/lexicon/fold';
import { compileTerms, parseTerm } from '../../../src/detect/lexicon/matcher';
import { normalise } from '../../../src/detect/normalise';
import { builtinLexicon } from '../../../src/detect/lexicons/builtin';
import type { ScanContext } from '../../../src/detect/recognizer';

function ctxOf(text: string): ScanContext {
  const norm = normalise(text);
  return { text: norm.text, lower: norm.lower, options: {} };
}

/** Words the built-in lexicon reports in `text`, as written in the normalised text. */
function terms(text: string): string[] {
  const ctx = ctxOf(text);
  return builtinLexicon.find(ctx).map((span) => ctx.text.slice(span.start, span.end));
}

function matchWith(list: string[], text: string): string[] {
  const ctx = ctxOf(text);
  return compileTerms(list)
    .match(ctx.text, ctx.lower)
    .map((hit) => ctx.text.slice(hit.start, hit.end));
}

describe('fold', () => {
  it.each([
    ['kindeswohlgefährdung', 'kindeswohlgefaehrdung'],
    ['straße', 'strasse'],
    ['café  crème', 'cafe creme'],
    ['häusliche\n\ngewalt', 'haeusliche gewalt'],
    ['§ 8a!', '§ 8a|'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('maps folded offsets back to the lower-case text', () => {
    const folded = fold('xäy');
    expect(folded.text).toBe('xaey');
    expect([0, 1, 2, 3].map((i) => folded.lowerStart(i))).toEqual([0, 1, 1, 2]);
    expect([0, 1, 2, 3].map((i) => folded.wordStart(i))).toEqual([0, 0, 0, 0]);
    expect(fold('ab cd').wordEnd(3)).toBe(5);
    expect(fold('ab cd').wordStart(2)).toBe(-1);
  });

  // Word bounds are found by a short local scan, and through the list of all words when a
  // word is longer than that scan: both must give what a plain scan of the whole word gives.
  it.each([
    ['short words', 'ab cd'],
    [
      'words around the scan length',
      'x'.repeat(47) + ' ' + 'y'.repeat(48) + '-' + 'z'.repeat(49) + '|' + 'q'.repeat(200),
    ],
    ['one long word', 'a'.repeat(1000)],
    ['a long word of expansions after a gap', ' '.repeat(60) + 'ä'.repeat(30) + '  b'],
  ])('word bounds equal a whole-word scan: %s', (_label, text) => {
    const folded = fold(text);
    const t = folded.text;
    const isWord = (i: number) => i >= 0 && i < t.length && /[a-z0-9\u00c0-\uffff]/.test(t[i]!) && t[i] !== '§';
    for (let i = -1; i <= t.length; i++) {
      let start = -1;
      let end = -1;
      if (isWord(i)) {
        for (start = i; isWord(start - 1); start--);
        for (end = i + 1; isWord(end); end++);
      }
      expect([i, folded.wordStart(i), folded.wordEnd(i)]).toEqual([i, start, end]);
    }
  });
});

describe('term syntax', () => {
  it.each([
    // [terms, text, expected words]
    [['depression'], 'Depressionen und Depression', ['Depressionen', 'Depression']],
    [['depression'], 'Altersdepression', []],
    [['christ'], 'Christ, Christen, Christoph, Christus', ['Christ', 'Christen']],
    [['depress*'], 'depressiv, Depressionen', ['depressiv', 'Depressionen']],
    [['*depress*'], 'Altersdepression', ['Altersdepression']],
    [['*sucht'], 'Alkoholsucht, Sucht', ['Alkoholsucht', 'Sucht']],
    [['+sucht'], 'Alkoholsucht, Sucht', ['Alkoholsucht']],
    [['sucht+'], 'Suchtklinik, suchten, Sucht', ['Suchtklinik']],
    [['^Aids'], 'Aids, AIDS, hearing aids', ['Aids', 'AIDS']],
    [['häusliche gewalt'], 'Häusliche   Gewalt, haeusliche-gewalt', ['Häusliche   Gewalt', 'haeusliche-gewalt']],
    [['u-haft'], 'U-Haft und u haft, Uhaft', ['U-Haft', 'u haft']],
    [['§ 8a'], 'nach §8a und § 8a SGB VIII', ['§ 8a']],
    [['kindeswohlgefährdung*'], 'Kindeswohlgefaehrdung', ['Kindeswohlgefaehrdung']],
  ])('%j in %j', (list, text, expected) => {
    expect(matchWith(list, text)).toEqual(expected);
  });

  it.each(['', ' ', '*', 'a', '!!!'])('rejects unusable term %j', (term) => {
    expect(parseTerm(term, 0)).toBeNull();
  });
});

describe('built-in lexicon', () => {
  it.each([
    ['Er hat eine Alkoholsucht', ['Alkoholsucht']],
    ['Sie ist in der Suchtklinik', ['Suchtklinik']],
    ['seit Wochen depressiv', ['depressiv']],
    ['Depressionen', ['Depressionen']],
    ['Kindeswohlgefaehrdung', ['Kindeswohlgefaehrdung']],
    ['Kindeswohlgefährdung nach § 8a', ['Kindeswohlgefährdung', '§ 8a']],
    ['ist HIV-positiv', ['HIV']],
    ['Suizidgedanken, suizidal', ['Suizidgedanken', 'suizidal']],
    ['Er ist Christ', ['Christ']],
    ['Die Eltern haben das Sorgerecht', ['Sorgerecht']],
    ['Mietschulden', ['Mietschulden']],
    ['seit Mai in U-Haft', ['U-Haft']],
    ['Bürgergeld und ALG II', ['Bürgergeld', 'ALG II']],
    ['She is pregnant and suicidal', ['pregnant', 'suicidal']],
    ['he is addicted to heroin', ['addicted', 'heroin']],
    ['magersüchtig', ['magersüchtig']],
    ['Frauenhaus', ['Frauenhaus']],
  ])('finds terms in %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    'Er besucht morgen seine Oma', // "sucht" inside a verb
    'sie sucht noch einen Parkplatz', // the verb suchen
    'Ich habe es versucht und untersucht',
    'Das wurde gesucht und aufgesucht',
    'Christian, Christiane und Christine', // names, not religion
    'Am Gesundheitstag gibt es einen Erste-Hilfe-Kurs',
    'Eltern haften für ihre Kinder',
    'wenn er das Amt aufsucht', // an exempt whole word ending in "sucht"
    'Gemeinschaft, Partnerschaft, Freundschaft',
    'eifersüchtig und sehnsüchtig, voller Sehnsucht',
    'Teaching aids and hearing aids',
    'Das Archiv ist im Keller', // "hiv" inside a word
    'Hilfe beim Umzug',
  ])('finds nothing in %j', (text) => {
    expect(terms(text)).toEqual([]);
  });

  it.each([
    ['Die Suchtberatung hat heute geöffnet', 'service'],
    ['Heute ist Welt-Aids-Tag', 'topic'],
    ['Unsere Drogenberatungsstelle', 'service'],
    ['Frau Becker vom Jugendamt', 'affiliation'],
    ['Frau Becker von der Schuldnerberatung', 'affiliation'],
    ['Herr Engel von der Polizei', 'affiliation'],
    ['our addiction counselling service', 'service'],
    ['unsere Psychotherapeutin', 'service'],
    // Markers are read from the end of the whole hyphenated chain, in any inflection.
    ['der Suchtberatungstag', 'topic'],
    ['die Sucht-Beratungsstellen', 'service'],
    ['Depressionsforschungen', 'topic'],
    ['die Aids-Hilfe-Koordinatorinnen', 'service'],
    ['zur Sucht-Sprech-Stunde', 'service'], // the marker spans hyphens: "Sprechstunde"
  ])('lowers %j to a %s mention', (text, reason) => {
    const spans = builtinLexicon.find(ctxOf(text));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.reason).toBe(reason);
    expect(spans[0]!.score).toBeLessThan(0.6);
  });

  it.each(['Ihr Sohn ist alkoholsüchtig', 'Er war in der Suchtklinik', 'ihre Tochter ist beim Jugendamt bekannt'])(
    'keeps %j at full weight',
    (text) => {
      const spans = builtinLexicon.find(ctxOf(text));
      expect(spans.length).toBeGreaterThan(0);
      expect(['term', 'institution']).toContain(spans[0]!.reason);
    },
  );
});
