import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/social-terms';
import { contextOf, wordsFound } from './lexicon-helpers';

describe('social-terms', () => {
  it.each([
    ['Inobhutnahme erfolgt', ['Inobhutnahme']],
    ['Verdacht auf Kindeswohlgefährdung', ['Kindeswohlgefährdung']],
    ['Verdacht auf Kindeswohlgefaehrdung', ['Kindeswohlgefaehrdung']],
    ['Meldung nach § 8a', ['§ 8a']],
    ['KWG-Meldung', ['KWG']],
    ['Streit ums Sorgerecht', ['Sorgerecht']],
    ['Hilfeplangespräch am Montag', ['Hilfeplangespräch']],
    ['bekommt Bürgergeld', ['Bürgergeld']],
    ['lebt von ALG II', ['ALG II']],
    ['hat Mietschulden', ['Mietschulden']],
    ['Privatinsolvenz beantragt', ['Privatinsolvenz']],
    ['sitzt in U-Haft', ['U-Haft']],
    ['ist auf Bewährung', ['Bewährung']],
    ['hat eine Duldung, Abschiebung droht', ['Duldung', 'Abschiebung']],
    ['lebt im Frauenhaus', ['Frauenhaus']],
    ['häusliche Gewalt', ['häusliche Gewalt']],
    ['Verdacht auf Missbrauch', ['Missbrauch']],
    ['was taken into care', ['taken into care']],
    ['domestic violence', ['domestic violence']],
  ])('finds %j', (text, expected) => {
    expect(wordsFound(recognizer, text)).toEqual(expected);
  });

  it.each([
    'Eltern haften für ihre Kinder',
    'Mannschaft und Gemeinschaft',
    'Die Unterhaltung war nett',
    'Wir schulden dir was',
  ])('ignores %j', (text) => {
    expect(wordsFound(recognizer, text)).toEqual([]);
  });

  it('treats an institution as an affiliation after "vom"/"von der"', () => {
    const [colleague] = recognizer.recognize(contextOf('Frau Becker vom Jugendamt ruft an'));
    const [client] = recognizer.recognize(contextOf('Frau Becker ist beim Jugendamt bekannt'));
    expect(colleague!.reason).toBe('affiliation');
    expect(client!.reason).toBe('institution');
    expect(colleague!.score).toBeLessThan(client!.score);
  });
});
