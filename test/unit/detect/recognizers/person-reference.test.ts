import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/person-reference';

function found(text: string): Array<[string, string]> {
  return recognizer.recognize({ text, lower: text.toLowerCase(), options: {} }).map((s) => {
    expect(s.signal).toBe(true);
    expect(s.category).toBe('name');
    return [s.kind, text.slice(s.start, s.end)];
  });
}

describe('person-reference: relations and client roles', () => {
  it.each([
    ['ihr Sohn ist in der Suchtklinik', [['person-reference', 'ihr Sohn']]],
    ['Seine Tochter wurde in Obhut genommen', [['person-reference', 'Seine Tochter']]],
    ['meine Klientin hat einen Rückfall', [['person-reference', 'meine Klientin']]],
    ['Der Bewohner aus Zimmer 4 ist gestürzt', [['person-reference', 'Der Bewohner']]],
    ['Mutter von Lea hat angerufen', [['person-reference', 'Mutter von']]],
    ['his daughter is in hospital', [['person-reference', 'his daughter']]],
    ['my client missed the appointment', [['person-reference', 'my client']]],
    ['ihr Kind ist wieder krank', [['person-reference', 'ihr Kind']]],
    ['his mum found the blades', [['person-reference', 'his mum']]],
    [
      'ur son got arrested again',
      [
        ['second-person', 'ur'],
        ['person-reference', 'ur son'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Die Mutter ist die wichtigste Bezugsperson eines Kindes',
    'Söhne und Töchter sind willkommen',
    'Eltern-Café jeden Dienstag',
    'Unser Team freut sich auf euren Besuch'.replace('euren ', ''),
  ])('no reference: %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'person-reference')).toEqual([]);
  });
});

describe('person-reference: second person', () => {
  it.each([
    ['Wie läuft Ihre Therapie?', [['second-person', 'Ihre']]],
    ['Denk an deine Bewährung', [['second-person', 'deine']]],
    ['wie geht es dir', [['second-person', 'dir']]],
    ['Können Sie morgen kommen?', [['second-person', 'Sie']]],
    ['How is your treatment going?', [['second-person', 'your']]],
    ['Sie haben laut Gutachten Pflegegrad 3', [['second-person', 'Sie']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Sie hat heute frei', // sentence start: "she"
    'Das Café hat heute geöffnet',
    'Die Kinder und ihre Eltern', // lower-case "ihre": their
  ])('not second person: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

it('never throws on odd input', () => {
  for (const text of ['', '\ud800', 'ihr', 'von', 'Mutter von']) expect(() => found(text)).not.toThrow();
});
