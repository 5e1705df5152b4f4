import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/health-terms';
import { contextOf, wordsFound } from './lexicon-helpers';

describe('health-terms', () => {
  it.each([
    ['Er hat eine Alkoholsucht', ['Alkoholsucht']],
    ['Sie musste in die Suchtklinik', ['Suchtklinik']],
    ['ist seit Wochen depressiv', ['depressiv']],
    ['hat wieder Depressionen', ['Depressionen']],
    ['Die Sucht hat ihn im Griff', ['Sucht']],
    ['sie ist schwanger', ['schwanger']],
    ['HIV-positiv getestet', ['HIV', 'positiv getestet']],
    ['hat Suizidgedanken', ['Suizidgedanken']],
    ['ist magersüchtig', ['magersüchtig']],
    ['im Methadonprogramm', ['Methadonprogramm']],
    ['hat eine bipolare Störung', ['bipolare']],
    ['Diagnose Schizophrenie', ['Diagnose', 'Schizophrenie']],
    ['he is suicidal and depressed', ['suicidal', 'depressed']],
    ['she has anorexia', ['anorexia']],
    ['he relapsed and is back in rehab', ['relapsed', 'rehab']],
    // evasions, offsets in the original
    ['hat D e p r e s s i o n e n', ['D e p r e s s i o n e n']],
    ['ist sch\u200bwan\u200bger', ['sch\u200bwan\u200bger']],
    ['hat Ѕuіzіdgedanken', ['Ѕuіzіdgedanken']],
    ['😀 DROGENSUCHT', ['DROGENSUCHT']],
  ])('finds %j', (text, expected) => {
    expect(wordsFound(recognizer, text)).toEqual(expected);
  });

  it.each([
    'Er besucht seine Oma',
    'Sie sucht einen Parkplatz',
    'Das haben wir versucht',
    'Der Arzt hat ihn untersucht',
    'Am Gesundheitstag',
    'Erste-Hilfe-Kurs am Samstag',
    'Sehnsucht und Eifersucht',
    'teaching aids',
    'Im Archiv',
    'Suchten Sie etwas?',
  ])('ignores %j', (text) => {
    expect(wordsFound(recognizer, text)).toEqual([]);
  });

  it('reports health-term spans with category health and a score tier', () => {
    const spans = recognizer.recognize(contextOf('Alkoholsucht, Suchtberatung, Welt-Aids-Tag'));
    expect(spans.map((s) => [s.kind, s.category, s.reason])).toEqual([
      ['health-term', 'health', 'term'],
      ['health-term', 'health', 'service'],
      ['health-term', 'health', 'topic'],
    ]);
    expect(spans[0]!.score).toBeGreaterThan(spans[1]!.score);
    expect(spans[1]!.score).toBeGreaterThan(spans[2]!.score);
  });
});
