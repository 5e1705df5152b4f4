/**
 * The hand-written tokenizer must split exactly like the regex it replaced (kept below as the
 * oracle), with the same flags, on any input, and must not leak one draft's words into the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABBREVIATIONS,
  ALL_CAPS,
  CAPITAL,
  DOT,
  JOINED,
  SENTENCE_START,
  wordList,
  wordText,
} from '../../../src/detect/names/word-tokens';

interface View {
  text: string;
  start: number;
  end: number;
  lower: string;
  capital: boolean;
  allCaps: boolean;
  dot: boolean;
  joined: boolean;
  sentenceStart: boolean;
}

function view(text: string): View[] {
  const words = wordList(text);
  const out: View[] = [];
  for (let k = 0; k < words.count; k++) {
    const f = words.flags[k]!;
    out.push({
      text: wordText(words, k),
      start: words.start[k]!,
      end: words.end[k]!,
      lower: words.lower[k]!,
      capital: (f & CAPITAL) !== 0,
      allCaps: (f & ALL_CAPS) !== 0,
      dot: (f & DOT) !== 0,
      joined: (f & JOINED) !== 0,
      sentenceStart: (f & SENTENCE_START) !== 0,
    });
  }
  return out;
}

/** The regex tokenizer this module replaced, word for word (sharing only its abbreviation list). */
function oracle(text: string): View[] {
  const tokens: View[] = [];
  let previousEnd = 0;
  let previous: View | undefined;
  for (const match of text.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    const gap = text.slice(previousEnd, start);
    const first = word[0]!;
    const rest = previous?.dot ? gap.slice(1) : gap;
    let sentenceStart = previous === undefined;
    if (previous !== undefined) {
      if (/[\n!?:]/.test(gap)) sentenceStart = true;
      else if (!gap.includes('.')) sentenceStart = false;
      else
        sentenceStart = !(
          previous.dot &&
          gap.indexOf('.') === 0 &&
          (previous.text.length === 1 || ABBREVIATIONS.has(previous.text.toLowerCase()))
        );
    }
    const token: View = {
      text: word,
      start,
      end,
      lower: word.toLowerCase(),
      capital: first !== first.toLowerCase() && first === first.toUpperCase(),
      allCaps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
      dot: text.charCodeAt(end) === 46,
      joined: previous !== undefined && rest.length >= 1 && rest.length <= 2 && /^[ \u00a0]+$/.test(rest),
      sentenceStart,
    };
    tokens.push(token);
    previous = token;
    previousEnd = end;
  }
  return tokens;
}

describe('wordList', () => {
  it('keeps hyphenated and apostrophe names together and marks initials', () => {
    const tokens = view("Hans-Peter O'Brien, Herr M. Becker.");
    expect(tokens.map((t) => t.text)).toEqual(['Hans-Peter', "O'Brien", 'Herr', 'M', 'Becker']);
    expect(tokens[3]!.dot).toBe(true);
    expect(tokens[4]!.sentenceStart).toBe(false);
    expect(tokens[1]!.joined).toBe(true);
    expect(tokens[2]!.joined).toBe(false);
  });

  it('marks sentence starts', () => {
    const tokens = view('Gut. Anna kommt!\nKevin auch');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Gut', 'Anna', 'Kevin']);
  });

  it.each([
    // [text, words, joined per word]
    ['Anna  Becker', ['Anna', 'Becker'], [false, true]],
    ['Anna   Becker', ['Anna', 'Becker'], [false, false]], // three spaces: not one name
    ['Anna\u00a0Becker', ['Anna', 'Becker'], [false, true]],
    ['Anna\nBecker', ['Anna', 'Becker'], [false, false]],
    ['Dr. Weber', ['Dr', 'Weber'], [false, true]], // the dot belongs to the word before
    ['Dr.  Weber', ['Dr', 'Weber'], [false, true]],
    ['Dr.   Weber', ['Dr', 'Weber'], [false, false]],
    ["O' Brien", ['O', 'Brien'], [false, false]], // an apostrophe joins only between letters
    ['Hans- und Gretel', ['Hans', 'und', 'Gretel'], [false, false, true]],
    ['Anna’s', ['Anna’s'], [false]],
    ['e\u0301mile Zola', ['e\u0301mile', 'Zola'], [false, true]], // combining mark stays in the word
    ['\u{1D49C}nna Becker', ['\u{1D49C}nna', 'Becker'], [false, true]], // a letter outside the BMP
    ['\ud835 Becker', ['Becker'], [false]], // a lone surrogate is no letter
  ])('%j splits into %j', (text, words, joined) => {
    const tokens = view(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.joined)).toEqual(joined);
  });

  it.each([
    ['LG', true, true],
    ['L', true, false], // one letter is no shouting
    ['Lg', true, false],
    ['STRASSE', true, true],
    ['STRAßE', true, false], // ß has no single upper-case form: not all caps
    ['ǅemal', false, false], // title case is not upper case
    ['İLKAY', true, true],
    ['ΣΟΦΙΑ', true, true],
    ['öztürk', false, false],
  ])('%s: capital %s, all caps %s', (text, capital, allCaps) => {
    const [token] = view(text);
    expect(token!.capital).toBe(capital);
    expect(token!.allCaps).toBe(allCaps);
  });

  it('lower-cases as toLowerCase does, also for İ and final sigma', () => {
    expect(view('İlkay ΟΔΥΣΣΕΑΣ Anna').map((t) => t.lower)).toEqual(['i̇lkay', 'οδυσσεας', 'anna']);
  });

  it('does not carry words of a longer draft into the next one', () => {
    const long = Array.from({ length: 500 }, (_, i) => `Wort${'ab'[i % 2]} Anna`).join(' ');
    expect(wordList(long).count).toBe(1000);
    const words = wordList('Hallo Kevin');
    expect(words.count).toBe(2);
    expect(view('Hallo Kevin').map((t) => t.text)).toEqual(['Hallo', 'Kevin']);
  });

  const pieces = [
    'Anna',
    'anna',
    'ANNA',
    'Dr',
    'M',
    'St',
    'İ',
    'Σ',
    'ß',
    'ǅ',
    'é',
    'e\u0301',
    '\u{1D49C}',
    '\ud835',
    '\udc9c',
    "'",
    '’',
    '-',
    '.',
    ' ',
    '  ',
    '\u00a0',
    '\n',
    '!',
    '?',
    ':',
    ',',
    '3',
    '😀',
    'Ⅻ',
    'ﬁ',
    'ͅ',
  ];
  it('splits exactly like the regex it replaced (fuzzed)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(view(text)).toEqual(oracle(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('splits exactly like the regex it replaced (any UTF-16)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(view(text)).toEqual(oracle(text));
      }),
      { numRuns: 2000 },
    );
  });
});
