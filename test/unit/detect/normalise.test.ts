import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SPACED_LETTERS,
  isDefaultIgnorable,
  isEmojiPart,
  isLetterUnit,
  normalise,
  toOriginalSpan,
} from '../../../src/detect/normalise';

const ZWSP = '\u200b';
const ZWJ = '\u200d';
const RLO = '\u202e';
const PDF = '\u202c';
const SHY = '\u00ad';

describe('normalise', () => {
  it.each([
    // [input, expected text]
    ['Depression', 'Depression'],
    [`De${ZWSP}pres${ZWJ}sion`, 'Depression'],
    [`${RLO}schwanger${PDF}`, 'schwanger'],
    [`Ent${SHY}giftung`, 'Entgiftung'],
    ['ＡＩＤＳ', 'AIDS'], // full-width (NFKC)
    ['ﬁnanziell', 'finanziell'], // ligature fi (NFKC)
    ['cafe\u0301', 'café'], // combining accent composed
    ['Dерrеssiоn', 'Depression'], // Cyrillic е, р, о inside a Latin word
    ['ΑΙDS', 'AIDS'], // Greek capitals mixed with Latin
    ['Ѕuіzіd', 'Suizid'],
    ['D e p r e s s i o n', 'Depression'],
    ['D.e.p.r.e.s.s.i.o.n', 'Depression'],
    ['k o k a i n nehmen', 'kokain nehmen'],
    ['T o c h t e r h a t S u c h t', 'Tochterhat Sucht'],
    ['non\u00a0breaking', 'non breaking'],
    // Default-ignorable code points inside a word (issue 11: they turned "Depression" into nothing).
    ['Dep\ufe0fres\ufe0fsion', 'Depression'], // VS16
    ['Dep\u{e0100}ression', 'Depression'], // VS17, supplementary variation selector
    ['Dep\u{e0041}res\u{e0073}sion', 'Depression'], // tag characters
    ['De\u180bpre\u180fssion', 'Depression'], // Mongolian free variation selectors
    ['De\u2061pres\u034fsion', 'Depression'], // invisible function application, grapheme joiner
    ['Sui\u115fzid', 'Suizid'], // Hangul choseong filler
    // Blank fillers: dropped between letters, a space where they imitate one.
    ['D\u3164e\u3164p\u3164r\u3164e\u3164s\u3164s\u3164i\u3164o\u3164n', 'Depression'],
    ['D\u2800e\u2800p\u2800r\u2800e\u2800s\u2800s\u2800i\u2800o\u2800n', 'Depression'],
    ['Sui\uffa0zid', 'Suizid'],
    ['Frau\u3164Müller', 'Frau Müller'], // before a capital: a word gap
    ['Frau\u2800 Müller', 'Frau  Müller'],
    // Emoji inside a word, including a whole sequence with skin tone or ZWJ.
    ['Frauen🏠haus', 'Frauenhaus'],
    ['sec🚓tioned', 'sectioned'],
    ['Sui👍🏽zid', 'Suizid'],
    ['Sucht👨‍👩‍👧hilfe', 'Suchthilfe'],
    ['gew😶ürgt', 'gewürgt'],
    ['Ent❤️zug', 'Entzug'],
    // Line breaks and "- " inside words whose halves are not words on their own.
    ['abge\nschoben', 'abgeschoben'],
    ['Frauen\nhaus', 'Frauenhaus'],
    ['sammel-\ncharter', 'sammelcharter'],
    ['ge- drückt', 'gedrückt'],
    ['Frau- enhaus', 'Frauenhaus'],
    ['S.u.i.z.i.d', 'Suizid'],
    ['ge- drückt und abge\nschoben', 'gedrückt und abgeschoben'],
    // Spaced words of one phrase: a shorter spaced word after a joined one, two spaces on.
    ['he c a m e  o u t', 'he came  out'],
    // Digits written for letters inside a word.
    ['p0s1t1v getestet', 'positiv getestet'],
    ['das K1ff3n, dr0gen', 'das Kiffen, drogen'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    // near-misses: left as they are
    ['z. B. u s w', 'z. B. u s w'], // fewer than four spaced letters
    ['a b c', 'a b c'],
    ['Москва и сосна', 'Москва и сосна'], // genuine Cyrillic words keep their letters
    ['Αθήνα', 'Αθήνα'], // genuine Greek
    ['مرحبا بالعالم', 'مرحبا بالعالم'], // RTL text
    ['😀👍🏽 ok', '😀👍🏽 ok'],
    ['Straße, Kindeswohlgefährdung', 'Straße, Kindeswohlgefährdung'],
    ['1 2 3 4 5', '1 2 3 4 5'], // digits are not spaced letters
    ['U.S.A. und z. B. die E.U.', 'U.S.A. und z. B. die E.U.'], // abbreviations: fewer than four letters
    ['Ein- und Ausgang', 'Ein- und Ausgang'], // elision hyphen before "und"
    ['Kinder- oder Jugendhilfe, pre- and post-natal', 'Kinder- oder Jugendhilfe, pre- and post-natal'],
    ['Einkauf:\n- eier\n- milch', 'Einkauf:\n- eier\n- milch'], // list dashes start a line
    ['Frau - Mann, Mo- Fr, 9- 12 Uhr', 'Frau - Mann, Mo- Fr, 9- 12 Uhr'], // spaced dash, capital, digits
    ['hallo\nwie gehts', 'hallo\nwie gehts'], // both halves are words on their own
    ['kevin\nhat angerufen', 'kevin\nhat angerufen'], // second half is a word on its own
    ['Termin\nMorgen', 'Termin\nMorgen'], // a capital after the break starts a new word
    ['toll 😀 danke', 'toll 😀 danke'], // a real emoji between words
    ['toll😀 danke', 'toll😀 danke'],
    ['toll😀Danke', 'toll😀Danke'], // before a capital: a new sentence, not one word
    ['👨‍👩‍👧 👩🏽‍⚕️ ok', '👨‍👩‍👧 👩🏽‍⚕️ ok'], // ZWJ sequences keep their ZWJ and VS16
    ['❤️ 1️⃣ #️⃣', '❤️ 1️⃣ #️⃣'], // VS16 after an emoji, keycaps
    [
      '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} Schottland',
      '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} Schottland',
    ], // subdivision flag: tags stay
    ['🇩🇪🇹🇷 Flaggen', '🇩🇪🇹🇷 Flaggen'],
    ['İstanbul, ılık, Iğdır', 'İstanbul, ılık, Iğdır'], // Turkish dotted and dotless i
    ['a b  c d', 'a b  c d'], // two short runs: no joined word to continue
    // Digits that are not letters: file types, years, "4you", codes, IDs in either case, an IBAN.
    ['mp3 covid19 4you B2B A3-Papier', 'mp3 covid19 4you B2B A3-Papier'],
    ['L01X00T47 l01x00t47 de89370400440532013000 ab12cd k1', 'L01X00T47 l01x00t47 de89370400440532013000 ab12cd k1'],
    ['anna@web.de, Raum 1.12', 'anna@web.de, Raum 1.12'],
  ])('leaves %j alone', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('maps spans back to the original after removed, folded and joined characters', () => {
    const original = `😀 Frau ${ZWSP}Becker hat D e p r e s s i o n e n und ist sch${ZWSP}wan${ZWSP}ger, Ѕuіzіd`;
    const norm = normalise(original);
    for (const word of ['Becker', 'Depressionen', 'schwanger', 'Suizid']) {
      const at = norm.text.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      const [start, end] = toOriginalSpan(norm, at, at + word.length);
      const slice = original.slice(start, end);
      // The original slice is the word as typed: same letters once invisible/space are dropped.
      expect(normalise(slice).text).toBe(word);
    }
    const at = norm.text.indexOf('Depressionen');
    expect(original.slice(...toOriginalSpan(norm, at, at + 12))).toBe('D e p r e s s i o n e n');
  });

  it.each([
    // [original, word in the normalised text, what the user typed for it]
    ['Sie ist im Frauen🏠haus.', 'Frauenhaus', 'Frauen🏠haus'],
    ['er wurde abge\nschoben', 'abgeschoben', 'abge\nschoben'],
    ['hat sich was ge- drückt', 'gedrückt', 'ge- drückt'],
    ['👍🏽 Dep\u{e0041}res\ufe0fsion heute', 'Depression', 'Dep\u{e0041}res\ufe0fsion'],
    [
      'ein D\u2800e\u2800p\u2800r\u2800e\u2800s\u2800s\u2800i\u2800o\u2800n',
      'Depression',
      'D\u2800e\u2800p\u2800r\u2800e\u2800s\u2800s\u2800i\u2800o\u2800n',
    ],
    ['👨‍👩‍👧 Frau\u3164Becker', 'Becker', 'Becker'],
  ])('maps %j back to what was typed', (original, word, typed) => {
    const norm = normalise(original);
    const at = norm.text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(original.slice(...toOriginalSpan(norm, at, at + word.length))).toBe(typed);
  });

  it('agrees with \\p{Default_Ignorable_Code_Point} on every code point', () => {
    const property = /^\p{Default_Ignorable_Code_Point}$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isDefaultIgnorable(cp) !== property.test(String.fromCodePoint(cp))) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('takes every pictograph, skin tone and regional indicator for part of an emoji, and no letter', () => {
    // isEmojiPart skips the regex below U+2000 and from U+3300 to U+1EFFF: nothing may be lost there.
    const symbol = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (symbol.test(String.fromCodePoint(cp)) && !isEmojiPart(cp)) wrong.push(cp);
      // ㊗ and ㊙ lie in the CJK block isLetterUnit takes whole; they are emoji.
      else if (cp < 0x10000 && isLetterUnit(cp) && isEmojiPart(cp) && cp !== 0x3297 && cp !== 0x3299) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('maps every unit inside the original, in order, whatever is mixed in', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('Frauen🏠haus', 'abge\nschoben', 'ge- drückt', '- ', '\n', '👨‍👩‍👧', '❤️', '\u3164', '\u2800'),
      fc.constantFrom('\u{e0041}', '\ufe0f', '\u200d', 'D e p r', 'D.e.p.r', 'Dерр', '🏴\u{e0067}\u{e007f}', 'a'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const input = pieces.join('');
        const norm = normalise(input);
        expect(norm.lower.length).toBe(norm.text.length);
        let last = 0;
        for (let k = 0; k < norm.text.length; k++) {
          const [start, end] = toOriginalSpan(norm, k, k + 1);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(input.length);
          last = start;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('maps a full-width expansion to the whole original character', () => {
    const original = 'xﬁx';
    const norm = normalise(original);
    expect(norm.text).toBe('xfix');
    expect(toOriginalSpan(norm, 1, 2)).toEqual([1, 2]);
    expect(toOriginalSpan(norm, 2, 3)).toEqual([1, 2]);
    expect(toOriginalSpan(norm, 0, 4)).toEqual([0, 3]);
  });

  it('keeps lower the same length as text, also for letters whose lower case is longer', () => {
    for (const input of ['İstanbul', 'ẞTRASSE', 'ΣΟΦΙΑ', 'Ǆ', 'ﬃ']) {
      const norm = normalise(input);
      expect(norm.lower.length).toBe(norm.text.length);
      expect((norm.srcStart ?? [...norm.text]).length).toBe(norm.text.length);
    }
    expect(normalise('ẞTRASSE').lower).toBe('ßtrasse');
  });

  it('survives lone surrogates, emoji sequences and empty input', () => {
    for (const input of ['\ud800', '\udc00abc', 'a\ud83d', '👨‍👩‍👧', '', '   ', '\u0301\u0301']) {
      const norm = normalise(input);
      expect(norm.lower.length).toBe(norm.text.length);
      for (let i = 0; i < norm.text.length; i++) {
        const [start, end] = toOriginalSpan(norm, i, i + 1);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(input.length);
        expect(start).toBeLessThan(end);
      }
    }
    expect(normalise(undefined as unknown as string).text).toBe('');
  });

  it('clamps out-of-range spans instead of throwing', () => {
    const norm = normalise('abc');
    expect(toOriginalSpan(norm, -5, 99)).toEqual([0, 3]);
    expect(toOriginalSpan(norm, 2, 1)).toEqual([2, 2]);
    expect(toOriginalSpan(normalise(''), 0, 1)).toEqual([0, 0]);
  });

  it('handles 100,000 characters of mixed script in one pass', () => {
    const input = `Frau Bеcker 😀 ä ${ZWSP}D e p r e s s i o n \ud800 مرحبا `.repeat(2500).slice(0, 100_000);
    const norm = normalise(input);
    expect(norm.lower.length).toBe(norm.text.length);
    expect(norm.srcStart).not.toBeNull();
    expect(toOriginalSpan(norm, 0, norm.text.length)[1]).toBeLessThanOrEqual(input.length);
    // Offsets never go backwards.
    let monotonic = true;
    for (let i = 1; i < norm.text.length; i++) if (norm.srcStart![i]! < norm.srcStart![i - 1]!) monotonic = false;
    expect(monotonic).toBe(true);
  });

  it('maps every unit the same way through toOriginalSpan and through srcStart/srcEnd', () => {
    for (const input of [
      `x${ZWSP}ﬁ😀 D e p r e s s i o n Ѕuіzіd ❤ T o c h t e r h a t S u c h t \ud800 cafe\u0301`,
      `${ZWSP}${ZWSP}a`,
      'ﬁﬁ',
    ]) {
      const norm = normalise(input);
      expect(norm.srcStart).not.toBeNull();
      for (let k = 0; k < norm.text.length; k++) {
        expect(toOriginalSpan(norm, k, k + 1)).toEqual([norm.srcStart![k], norm.srcEnd![k]]);
      }
    }
    const norm = normalise(`ab${ZWSP}c D e p r`);
    expect(norm.srcStart).toEqual([0, 1, 3, 4, 5, 7, 9, 11]);
    expect(norm.srcEnd).toEqual([1, 2, 4, 5, 6, 8, 10, 12]);
  });

  it('pre-checks spaced letters with the same idea of a letter as isLetterUnit, for every unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      const letter = isLetterUnit(c);
      const word = letter || (c >= 0x30 && c <= 0x39);
      // As the first spaced letter, as the last one, and as a neighbour that spoils the run.
      if (SPACED_LETTERS.test(`${unit} b c d`) !== letter) wrong.push(c);
      else if (SPACED_LETTERS.test(`a b c ${unit}`) !== letter) wrong.push(c);
      else if (SPACED_LETTERS.test(`${unit}a b c d`) !== !word) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('allocates no offset map when nothing changes, and maps offsets as the identity', () => {
    const norm = normalise('Hallo Frau Becker, schön – „gut“ 😀 Grüße');
    expect(norm.srcStart).toBeNull();
    expect(norm.text).toBe('Hallo Frau Becker, schön – „gut“ 😀 Grüße');
    expect(toOriginalSpan(norm, 6, 10)).toEqual([6, 10]);
  });
});
