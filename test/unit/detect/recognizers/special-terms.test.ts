import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/special-terms';
import { contextOf, wordsFound } from './lexicon-helpers';

describe('special-terms', () => {
  it.each([
    ['Jonas ist schwul', ['schwul']],
    ['sie ist lesbisch', ['lesbisch']],
    ['Herr H. ist Muslim', ['Muslim']],
    ['Er ist Christ', ['Christ']],
    ['Zeugin Jehovas', ['Zeugin Jehovas']],
    ['ist in der AfD', ['AfD']],
    ['Mitglied der Gewerkschaft', ['Gewerkschaft']],
    ['ein Gentest wurde gemacht', ['Gentest']],
    ['wegen Ladendiebstahl angezeigt', ['Ladendiebstahl', 'angezeigt']],
    ['ist vorbestraft', ['vorbestraft']],
    ['he was arrested and convicted', ['arrested', 'convicted']],
    ['Chloe is gay', ['gay']],
  ])('finds %j', (text, expected) => {
    expect(wordsFound(recognizer, text)).toEqual(expected);
  });

  it.each(['Christian kommt später', 'Christiane und Christine', 'Die Anzeige in der Zeitung', 'Jugendtreff'])(
    'ignores %j',
    (text) => {
      expect(wordsFound(recognizer, text)).toEqual([]);
    },
  );

  it('labels criminal matters criminal-term, in the special category', () => {
    const spans = recognizer.recognize(contextOf('vorbestraft und schwul'));
    expect(spans.map((s) => [s.kind, s.category])).toEqual([
      ['criminal-term', 'special'],
      ['special-term', 'special'],
    ]);
  });
});
