import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/email';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'email', text);

describe('email', () => {
  it.each([
    ['Schreib mir an maria.kunz@web.de!', 'maria.kunz@web.de'],
    ['Mail: j.doe+caritas@mail.example.org.', 'j.doe+caritas@mail.example.org'],
    ['KEVIN_92@GMX.NET', 'KEVIN_92@GMX.NET'],
    ['(anna-lena@t-online.de)', 'anna-lena@t-online.de'],
    ['müller@beratung-köln.de', 'müller@beratung-köln.de'],
  ])('finds the address in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Danke @Maria, bis morgen!',
    'Schreib an maria@localhost',
    'user@example.',
    '@@@',
    'email me at name @ example . com',
    'a@b.c',
    'Preis: 5 @ 3 Euro',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it.each([
    ['info@traeger.de', true],
    ['Kontakt@Beratung-Nord.de', true],
    ['anmeldung@jugendhilfe.org', true],
    ['info.mueller@traeger.de', false],
    ['maria.info@web.de', false],
    ['infos@web.de', false],
  ])('%s is a role mailbox: %s (below the evidence bar)', (address, role) => {
    const [span] = recognizer.recognize({ text: address, lower: address.toLowerCase(), options: {} });
    expect(span!.score < 0.5).toBe(role);
    expect(span!.reason === 'role-mailbox').toBe(role);
  });

  it('finds two addresses in one message', () => {
    expect(find('a.b@c.de und x@y.org')).toEqual(['a.b@c.de', 'x@y.org']);
  });
});

describeAdversarial(recognizer);
