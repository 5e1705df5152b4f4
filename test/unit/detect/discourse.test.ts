/**
 * Who speaks, about whom (src/detect/discourse.ts with the links in scoring.ts), end to end
 * through scan(): a sensitive cue warns when it is said about a person, and stays below warn
 * when the person is staff, a speaker or an official, when the organisation speaks for itself,
 * or when the cue is a topic. Fictitious people only.
 */
import { describe, expect, it } from 'vitest';
import { discourseOf, sentenceStarts } from '../../../src/detect/discourse';
import { scan } from '../../../src/detect/index';
import { atLeast, type Surface } from '../../../src/detect/types';

const flagged = (text: string, surface: Surface) => atLeast(scan(text, { surface }).severity, 'warn');

describe('who speaks, about whom', () => {
  it.each<[text: string, surface: Surface, why: string]>([
    ['Frau Albers war heute da. Sie hat wieder getrunken und ist rückfällig.', 'chat', 'pronoun continues the name'],
    ['der timo hat seine wohnung verloren und pennt im auto', 'chat', 'colloquial article + lower-case name'],
    ['Hallo Noemi, deine PEP-Tabletten liegen am Empfang.', 'message', 'the person greeted, spoken to'],
    ['Hi Mr Brandt, your wife’s assessment came back as PG 3.', 'message', 'addressee and "your"'],
    ['Der Sohn von Familie Okafor sitzt seit Mai ein.', 'chat', 'Familie X'],
    ['der junge Mann aus Zimmer 7 redet davon, sich umzubringen', 'chat', 'a descriptor of one person'],
    ['Wir trauern um Ronja. Sie ist an einer Überdosis gestorben.', 'post', 'a client in a post'],
    [
      'Kollegin Edda Brinck erzählt heute ihre Geschichte: Seit Jahren lebt sie mit HIV.',
      'post',
      'said about a colleague',
    ],
    ['Liebe Frau Pohl, das Jugendamt hat eine Inobhutnahme veranlasst.', 'chat', 'a chat to one person'],
  ])('warns: %j (%s) — %s', (text, surface) => {
    expect(flagged(text, surface)).toBe(true);
  });

  it.each<[text: string, surface: Surface, why: string]>([
    [
      'Fortbildung Suizidprävention am Montag. Referentin ist Frau Dr. Hagedorn vom Krisendienst.',
      'chat',
      'a speaker in her role; the cue is a topic',
    ],
    [
      'Aktionstag Essstörungen: Wir informieren am Marktplatz. Ihre Ansprechpartnerin: Frau Lindemann, Tel. 0521 55 70 33.',
      'post',
      'the organisation’s own voice and contact person',
    ],
    [
      'Spendenaufruf für unser Frauenhaus! Spendenkonto: IBAN DE89 3704 0044 0532 0130 00, Verwendungszweck Winterhilfe.',
      'post',
      'the donation account is the organisation’s own',
    ],
    [
      'Hallo Herr Quandt, die Parkplätze am Eingang sind für Menschen mit Schwerbehindertenausweis reserviert.',
      'comment',
      'the addressee is not what the sentence is about',
    ],
    ['Hey Pia, kannst du mir die Folien vom Workshop zu Depression schicken?', 'message', 'a topic frame'],
    [
      'Heute war Oberbürgermeisterin Carla Wendt bei uns zu Gast und sprach über Wohnungslosigkeit in der Stadt.',
      'post',
      'an official in her role',
    ],
    [
      'Depression ist keine Schwäche. Jeder fünfte Mensch erkrankt im Laufe seines Lebens daran. Unsere Beratung ist Mo–Fr offen.',
      'post',
      'a generic subject makes the pronoun anyone’s',
    ],
  ])('stays below warn: %j (%s) — %s', (text, surface) => {
    expect(flagged(text, surface)).toBe(false);
  });
});

describe('discourse', () => {
  it.each<[text: string, count: number]>([
    ['Frau K. aus der 2 war da. Dr. Wagner kommt morgen.', 2], // initial and "Dr." do not end a sentence
    ['in der 20. Woche. Danach nicht mehr', 2], // a number with a period does not either
    ['eins\nzwei\ndrei', 3],
    ['Hallo! Wie geht’s? Gut.', 3],
  ])('splits %j into %i sentences', (text, count) => {
    expect(sentenceStarts(text)).toHaveLength(count);
  });

  it('hears the organisation’s own voice in announcements, not in a chat about a client', () => {
    expect(
      discourseOf('Wir suchen Verstärkung! Bewerbungen bis 30. November, Fragen? Ruft uns an.').orgVoice,
    ).toBeGreaterThanOrEqual(2);
    expect(discourseOf('der kai hat die bude verloren, kann er morgen vorbeikommen?').orgVoice).toBe(0);
  });
});
