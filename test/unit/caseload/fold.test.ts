import { describe, expect, it } from 'vitest';
import { foldName, nameWords } from '../../../src/caseload/fold';
import { phrasesOf } from '../../../src/caseload/tags';

describe('foldName makes spellings of one name equal', () => {
  it.each([
    ['Müller', 'Mueller'],
    ['Müller', 'MULLER'],
    ['Strauß', 'Strauss'],
    ['Szymańska', 'szymanska'],
    ['Şahin', 'Sahin'],
    ['Özdemir', 'Oezdemir'],
    ['Łukasz', 'Lukasz'],
    ['Ørsted', 'Orsted'],
    ['Zoë', 'Zoe'],
    ['KAI', 'kai'],
    ["O'Brien", 'OBrien'],
    ['Jürgen  Groß', 'Juergen Gross'],
  ])('%s = %s', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  // Near-misses: different names stay different after folding.
  it.each([
    ['Kai', 'Kaiser'], // a longer word is another word
    ['Anna', 'Hanna'],
    ['Omid', 'Omar'],
    ['Jan', 'Jana'],
    ['Lena', 'Leni'],
  ])('%s ≠ %s', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });
});

describe('the phrases hashed for a name', () => {
  it.each([
    [{ first: 'Omid', last: 'Rahimi' }, ['omid', 'rahimi', 'omid rahimi'], 'omid rahimi'],
    [{ first: '', last: 'Kai' }, ['kai'], 'kai'],
    [
      { first: 'Anna Lena', last: 'Schmidt' },
      ['anna', 'lena', 'schmidt', 'anna lena', 'lena schmidt', 'anna schmidt'],
      'anna lena schmidt',
    ],
    [
      { first: 'Jens', last: 'Müller-Lüdenscheidt' },
      ['jens', 'muller-ludenscheidt', 'muller', 'ludenscheidt', 'jens muller-ludenscheidt'],
      'jens muller-ludenscheidt',
    ],
    // An initial is never hashed alone: "M." would match every "M" in a draft.
    [{ first: 'M.', last: 'Yilmaz' }, ['yilmaz', 'm yilmaz'], 'm yilmaz'],
  ])('%o', (name, phrases, identity) => {
    expect(phrasesOf(name)).toEqual({ phrases, identity });
  });

  // Near-misses: not a name at all.
  it.each([
    [{ first: '', last: '12345' }], // no letters
    [{ first: '', last: 'M' }], // one letter only
    [{ first: 'a b c d e f', last: 'g' }], // a sentence, not a name
    [{ first: '', last: 'x'.repeat(130) }], // too long
  ])('%o has no phrases', (name) => {
    expect(phrasesOf(name)).toBeNull();
  });

  it('cuts words as the draft recognizer does', () => {
    expect(nameWords('Jean-Luc, O’Brien und Kai.')).toEqual(['Jean-Luc', 'O’Brien', 'und', 'Kai']);
  });
});
