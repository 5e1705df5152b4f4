/**
 * Cue families (src/detect/cues/families.ts): per family, positives (with the exact cue) and
 * near-misses, each with the reason it must not count. The families say what the situation
 * is; whether it is about a person is the severity's job (scoring.test.ts, scan.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { CUE_FAMILIES } from '../../../../src/detect/cues/families';
import { recognizer } from '../../../../src/detect/recognizers/situation-cues';
import { normalise } from '../../../../src/detect/normalise';

function cues(text: string): Array<[string, string]> {
  const norm = normalise(text);
  return recognizer
    .recognize({ text: norm.text, lower: norm.lower, options: {} })
    .map((span) => [span.reason!.slice('cue:'.length), norm.text.slice(span.start, span.end)]);
}

describe('situation-cues', () => {
  it.each([
    ['violence', 'ihr Mann hat ihr gestern wieder eine geknallt', 'eine geknallt'],
    ['violence', 'er erzieht ihn mit dem Gürtel', 'mit dem Gürtel'],
    ['violence', 'he beats her when he is drunk', 'beats her'],
    ['violence', 'Verdacht auf Loverboy-Masche', 'Loverboy'],
    ['domestic-violence', 'Frau K. ist ab heute im FH', 'im FH'],
    ['domestic-violence', 'she is in the women’s shelter now', 'women’s shelter'],
    ['self-harm', 'hat gestern versucht sich umzubringen', 'umzubringen'],
    ['self-harm', 'er bringt sich heute noch um', 'bringt sich heute noch um'],
    ['self-harm', 'redet davon dass er sich was antun will', 'sich was antun'],
    ['self-harm', 'glaub die ritzt wieder', 'ritzt'],
    ['self-harm', 'she keeps saying she wants to die', 'wants to die'],
    ['eating-disorder', 'isst seit Tagen kaum was', 'isst seit Tagen kaum'],
    ['eating-disorder', "mo's been eatin next to nothing again", 'eatin next to nothing'],
    ['substance', 'der war heut wieder komplett drauf', 'komplett drauf'],
    ['substance', 'hat sich gestern was geballert', 'geballert'],
    ['substance', 'Tariq relapsed over the weekend', 'relapsed'],
    ['substance', 'positiv auf THC getestet', 'THC'],
    ['gambling', 'hat sein ganzes Geld verzockt', 'verzockt'],
    ['gambling', 'Lars blew his whole paycheck on betting', 'blew his whole paycheck'],
    ['mental-health', 'ist die noch in der geschlossenen?', 'in der geschlossenen'],
    ['mental-health', 'liegt jetzt in der KJP', 'KJP'],
    ['mental-health', "he's been hearing voices again", 'hearing voices'],
    ['mental-health', 'Depotspritze ist überfällig', 'Depotspritze'],
    ['dementia', 'wusste nicht mehr, wo sie ist', 'wusste nicht mehr, wo'],
    ['disability-care', 'Herr D. ist jetzt PG 4', 'PG 4'],
    ['disability-care', 'arbeitet in der WfbM', 'WfbM'],
    ['disability-care', 'hatte wieder einen Anfall', 'Anfall'],
    ['pregnancy', 'das mit den zwei Strichen ist ein Schock', 'zwei Strichen'],
    ['pregnancy', "Chloe's about 7 weeks along", 'weeks along'],
    ['pregnancy', 'braucht den Schein noch diese Woche', 'den Schein'],
    ['sexual-health', 'der Test war reaktiv', 'war reaktiv'],
    ['sexual-health', 'deine PrEP-Rezepte liegen bereit', 'deine PrEP'],
    ['sexual-health', 'Rezept für PrEP liegt bereit', 'PrEP'],
    ['sexual-health', "tom told the team he's on prep", 'on prep'],
    ['sexual-orientation', 'Daniel came out to his parents', 'came out'],
    ['sexual-orientation', 'Grace and her wife Mei', 'her wife'],
    ['gender-identity', 'dass sie eigentlich Luca heißen möchte', 'heißen möchte'],
    ['gender-identity', 'möchte jetzt Mia genannt werden', 'möchte jetzt Mia genannt werden'],
    ['religion', 'ist vor zwei Wochen heimlich getauft worden', 'getauft'],
    ['religion', 'hat den ganzen Ramadan durchgefastet', 'Ramadan'],
    ['ethnic-origin', 'wird als Kurdin angefeindet', 'Kurdin'],
    ['residence', 'ob man den Flug nach Pristina noch stoppen kann', 'Flug nach Pristina noch stoppen'],
    ['residence', 'hat Post von der ABH bekommen', 'ABH'],
    ['residence', 'wieder nen negativen Bescheid gekriegt', 'negativen Bescheid'],
    ['prison', 'der Vater sitzt seit März in Butzbach', 'sitzt seit März in Butzbach'],
    ['prison', 'Dariusz kommt am 3.6. raus', 'kommt am 3.6. raus'],
    ['prison', 'Termin bei der BewHi', 'BewHi'],
    ['housing-loss', 'der kai hat die bude verloren', 'bude verloren'],
    ['housing-loss', 'pennt grad bei nem kumpel', 'pennt'],
    ['housing-loss', 'zoran schläft seit 3 nächten im park', 'schläft seit 3 nächten im park'],
    ['money', 'JC hat 30 % gekürzt', 'JC'],
    ['money', 'keine Krankenversicherung und kein Konto', 'keine Krankenversicherung'],
    ['child-protection', 'sollen wir das beim ASD ansprechen?', 'ASD'],
    ['child-protection', 'ich glaub wir müssen da ne Meldung machen', 'Meldung machen'],
    ['child-protection', 'seit dem Umgangswochenende beim Papa', 'Umgangswochenende'],
    ['child-protection', 'die jule macht wieder nachts ins bett', 'macht wieder nachts ins bett'],
  ] as Array<[family: string, text: string, cue: string]>)('%s: %j → %j', (family, text, cue) => {
    expect(cues(text)).toContainEqual([family, cue]);
  });

  it.each([
    ['Sie schlägt vor, dass wir uns Dienstag treffen', '"schlägt … vor" is a suggestion, not a blow'],
    ['Bitte um Zustimmung zum Entwurf', 'no word of the families, though "um" ends a separable verb elsewhere'],
    ['Sie ist heute gut drauf', '"gut drauf" is a mood; only "komplett/total/wieder drauf" is a high'],
    ['Die Suchtberatung ist dienstags offen', 'a service name: the lexicon reads it as a service'],
    ['Wir ritzen Muster in den Ton', 'Kunsttherapie: no; accepted as a cue, see the severity'],
    ['meal prep for the week', '"prep" without on/auf/nimmt is cooking'],
    ['Das ist umgangssprachlich', '"umgangs…" only as custody words (Umgangsrecht, Umgangswochenende)'],
    ['hearing aids for the elderly', '"aids" only as written AIDS/Aids'],
    ['Der Zug ist abgefahren', 'no cue'],
    ['Ja, passt!', '"JA" (Jugendamt) only after das/dem/vom/ans/beim and in capitals'],
    ['Die Grundschule Am Park', '"Am" is no abbreviation of any family'],
    ['we have a great community of volunteers', 'no cue'],
  ] as Array<[text: string, why: string]>)('%j: %s', (text, _why) => {
    const found = cues(text);
    // "ritzen" is a cue by design: the near-miss documents that the severity must decide.
    if (text.startsWith('Wir ritzen')) expect(found.map(([f]) => f)).toEqual(['self-harm']);
    else expect(found).toEqual([]);
  });

  it('has a family for every situation of issue 11, each with German and English or abbreviations', () => {
    const ids = CUE_FAMILIES.map((f) => f.id);
    for (const id of [
      'violence',
      'self-harm',
      'eating-disorder',
      'substance',
      'gambling',
      'mental-health',
      'dementia',
      'disability-care',
      'pregnancy',
      'sexual-health',
      'sexual-orientation',
      'gender-identity',
      'religion',
      'ethnic-origin',
      'residence',
      'prison',
      'housing-loss',
      'money',
      'child-protection',
      'domestic-violence',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is linear on a huge draft and bounded in hits', () => {
    const text = 'er säuft und kifft, '.repeat(5000);
    const started = performance.now();
    const found = cues(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.length).toBeLessThanOrEqual(CUE_FAMILIES.length * 200);
  });
});
