import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/client-name';
import { contextOf, wordsFound } from './lexicon-helpers';
import { createClientMatcher } from '../../../../src/caseload/matcher';
import { KEY_A, KEY_B, caseloadOf, matcherOf } from '../../caseload/helpers';

const clients = matcherOf(['Omid Rahimi', 'Kai', 'Joanna Szymańska', 'Yaw Mensah', 'Jens Müller-Lüdenscheidt']);
const found = (text: string) => wordsFound(recognizer, text, { clients });

describe('client-name (src/detect/recognizers/client-name)', () => {
  it.each([
    ['hab grad mit omid geredet', ['omid']],
    ['Kai kommt morgen', ['Kai']],
    ['KAI kommt morgen', ['KAI']],
    ['der kai war da', ['kai']],
    ['Termin mit Omid Rahimi am Dienstag', ['Omid Rahimi']], // one finding for the full name
    ['Termin mit omid   rahimi', ['omid   rahimi']],
    ['Rahimi, Omid hat angerufen', ['Rahimi', 'Omid']],
    ['frau szymanska kommt', ['szymanska']], // no diacritic typed
    ['Frau SZYMAŃSKA kommt', ['SZYMAŃSKA']],
    ['Frau Szymańska', ['Szymańska']],
    ['Herr Mueller-Luedenscheidt', ['Mueller-Luedenscheidt']], // umlaut spelled out
    ['Herr Müller war da', ['Müller']], // one part of a double name
    ['Omids Termin', ['Omids']], // genitive
    ["Kai's Mutter", ["Kai's"]],
    ['das Omid-Gespräch', ['Omid']], // a compound with a hyphen
    ['Yaw hat angerufen', ['Yaw']],
    ['Jens und Lüdenscheidt', ['Jens', 'Lüdenscheidt']],
    ['omid.rahimi@example.org', ['omid', 'rahimi']], // an address that names the client names the client
    ['Ｋａｉ kommt', ['Ｋａｉ']], // full-width letters, NFKC
    ['Hallo Kai,\nich hab mit Omid geredet', ['Kai', 'Omid']],
  ])('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Kaiser Wilhelm', 'a longer word that starts with the name'],
    ['der Kaimauer entlang', 'a compound that starts with the name'],
    ['Makai und Omidou', 'the name inside a longer word'],
    ['Omar Rahim', 'similar but different names'],
    ['Frau Szymański', 'the masculine form of the surname'],
    ['k a i', 'single letters'],
    ['Lüdenscheid', 'a town, not the part of the double name'],
  ])('ignores %j (%s)', (text, why) => {
    expect(found(text), why).toEqual([]);
  });

  it.each([
    [
      'tags hashed with another profile’s key',
      { clients: createClientMatcher({ ...caseloadOf(['Omid Rahimi', 'Kai'], KEY_A), key: KEY_B }) },
      'hab grad mit omid geredet',
    ],
    ['the policy turned it off', { clients, caseload: 'off' as const }, 'hab grad mit omid geredet'],
    ['no caseload at all', {}, 'hab grad mit omid geredet'],
    ['an empty caseload', { clients: matcherOf([]) }, 'hab grad mit omid geredet'],
  ])('finds nothing with %s', (_, options, text) => {
    // Tags hashed with KEY_A looked up with KEY_B: the tags of the same names do not meet.
    expect(wordsFound(recognizer, text, options)).toEqual([]);
  });

  it.each([
    ['Hallo Kai, passt Dienstag?', 'greeting'],
    ['hi kai! passt dienstag?', 'greeting'],
    ['Liebe Frau Szymanska,', 'greeting'],
    ['Guten Morgen Omid Rahimi', 'greeting'],
    ['Okay.\nMoin Kai', 'greeting'],
    ['Danke Kai!', 'greeting'],
    // Near-misses: the client is talked about, not greeted.
    ['hab grad mit kai geredet', 'caseload'],
    ['Hallo Anna, Kai war heute da', 'caseload'],
    ['ich sag dann hallo kai', 'caseload'],
    ['Okay, danke Kai', 'caseload'], // not at the start of the line: could be about Kai
  ])('%j: reason %s', (text, reason) => {
    const spans = recognizer.recognize(contextOf(text, { clients }));
    expect(spans.map((s) => s.reason).at(-1)).toBe(reason);
  });

  it('emits kind client, category name, high confidence', () => {
    expect(recognizer.recognize(contextOf('omid', { clients }))).toEqual([
      { category: 'name', kind: 'client', start: 0, end: 4, score: 0.95, reason: 'caseload' },
    ]);
  });
});
