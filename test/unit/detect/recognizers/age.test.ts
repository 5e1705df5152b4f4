import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/age';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'age', text);

describe('age', () => {
  it.each([
    ['die 15-Jährige wurde gesehen', '15-Jährige'],
    ['ein 15-jähriger Junge', '15-jähriger'],
    ['ein 15jähriges Mädchen', '15jähriges'],
    ['Maria (34) kommt morgen', '(34)'],
    ['Herr M. (15) war da', '(15)'],
    ['sie ist 34 Jahre alt', '34 Jahre alt'],
    ['Kevin, 15 J., Schüler', '15 J.'],
    ['aged 34', 'aged 34'],
    ['he is 34 years old', '34 years old'],
    ['a 34-year-old woman', '34-year-old'],
    ['Alter: 67', 'Alter: 67'],
  ])('finds the age in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    '15 Jahre Jubiläum',
    'seit 3 Jahren',
    '(2024)',
    'das 15-jährige Jubiläum',
    'unsere 20-jährige Erfahrung',
    'seit 3 J. im Verein',
    'siehe Seite (3)',
    'Maria (0)',
    'ein 250-jähriges Haus',
    'vor 3 Jahren',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describeAdversarial(recognizer);
