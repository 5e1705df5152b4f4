import { describe, expect, it } from 'vitest';
import { recognizer, SCORES } from '../../../../src/detect/recognizers/person-name';

function names(text: string): string[] {
  return recognizer.recognize({ text, lower: text.toLowerCase(), options: {} }).map((s) => text.slice(s.start, s.end));
}

function spans(text: string) {
  return recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
}

describe('person-name: positives (span covers the name, not the title)', () => {
  it.each([
    ['Hallo Frau Becker, können wir morgen telefonieren?', ['Becker']],
    ['Termin mit Herrn Yılmaz verschoben', ['Yılmaz']],
    ['Fr. Schmidt-Öztürk kommt später', ['Schmidt-Öztürk']],
    ['Ich habe mit Herr M. gesprochen', ['M.']],
    ['Frau K. war heute wieder da', ['K.']],
    ['Frau Koch hat angerufen', ['Koch']],
    ['Dr. Weber schreibt den Bericht', ['Weber']],
    ['Prof. Dr. Anna Lehmann', ['Anna Lehmann']],
    ['Frau von Bülow ist erreichbar', ['von Bülow']],
    ['Hallo Anna, wie geht es?', ['Anna']],
    ['Hi Kevin!', ['Kevin']],
    ['Liebe Rose, danke dir', ['Rose']],
    ['LG Mehmet', ['Mehmet']],
    ['Viele Grüße\nVG Lea', ['Lea']],
    ['hallo maria, kommst du morgen?', ['maria']],
    ['hab mit kevin geredet', ['kevin']],
    ['Kevin Schulz war heute nicht in der Schule', ['Kevin Schulz']],
    ['August Müller kommt am Montag', ['August Müller']],
    ['Ich habe Leonie gestern gesehen', ['Leonie']],
    ['Meine Klientin Aylin braucht Hilfe', ['Aylin']],
    ['Tochter von Ahmed ist krank', ['Ahmed']],
    ['Ursula von der Leyen sprach in Brüssel', ['Ursula von der Leyen']],
    ['Hans-Peter Meier wohnt im Heim', ['Hans-Peter Meier']],
    ['Annas Mutter hat sich gemeldet', ['Annas']],
    ['Mrs Smith called about her son', ['Smith']],
    ['My client Emily Brown missed the appointment', ['Emily Brown']],
    ['US-Präsident Barack Obama reiste ab', ['Barack Obama']],
    ['Trainer Magath lobte die Mannschaft', ['Magath']],
    ['Das Team von W. Kowalski hat gewonnen', ['W. Kowalski']],
    ['Queen Elisabeth II. besuchte Berlin', ['Elisabeth II.']],
    ['Er lebte unter Heinrich Gottlob von Miltitz.', ['Heinrich Gottlob von Miltitz']],
    ['Gestern hat Ramelow erklärt, dass', ['Ramelow']],
    ['Ramelow erklärte, die Wähler könnten sich', ['Ramelow']],
    ['Später hat Rabiye Öztürk angerufen', ['Rabiye Öztürk']],
    ['Tante Cilli war da', ['Cilli']],
    ['Bei Familie Schulz gab es eine Inobhutnahme', ['Schulz']],
    ['HERR SCHULZ HAT EINE DROGENSUCHT', ['SCHULZ']],
    ['MR SMITH IS ADDICTED TO HEROIN', ['SMITH']],
    ['Mrs King is schizophrenic', ['King']],
    ['Mr Allen has been diagnosed', ['Allen']],
    ['lena hat mir geschrieben', ['lena']],
    ['jake is self-harming again', ['jake']],
    ["olivia's dad is an alcoholic", ['olivia']],
    // An affiliation after the surname is no part of the name.
    ['Frau Müller vom Jugendamt ruft an', ['Müller']],
    ['Danke an Frau Becker vom Frauenhaus für ihre Geschichte', ['Becker']],
    ['Herr Schulz von der Diakonie kommt', ['Schulz']],
    ['Anna Becker von der Caritas hat angerufen', ['Anna Becker']],
    ['Frau Yılmaz zur Beratung eingeladen', ['Yılmaz']],
    ['Frau von der Leyen kommt', ['von der Leyen']],
    ['Otto von Bismarck gründete', ['Otto von Bismarck']],
    ['Kann Frau Dr. Albrecht vom Gesundheitsamt morgen?', ['Albrecht']],
    ['Vizekanzler Franz von Papen trat zurück', ['Franz von Papen']],
    ['Die Familie von Igor Anic wohnt nebenan', ['Igor Anic']],
    ['sagte Mibrag-Betriebsrat Mario Gierl vor der Versammlung', ['Mario Gierl']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('person-name: near-misses (ordinary words, places, nouns)', () => {
  it.each([
    'Der Koch hat heute Suppe gemacht',
    'Im August haben wir geschlossen',
    'Am 1. Mai ist frei',
    'Es gibt nur Kaffee',
    'Sie hat eine Rose geschenkt bekommen',
    'Der Wolf ist ein Wildtier',
    'Wir fahren nach Kiel',
    'Das Treffen ist in Florenz',
    'Liebe Grüße aus Berlin',
    'Hallo zusammen, morgen ist Teamsitzung',
    'Liebe Kolleginnen und Kollegen',
    'Die Beratung findet in der Kirche St. Maria statt',
    'Die Karl-Marx-Straße ist gesperrt',
    'Der Server ist abgestürzt',
    'Die Suchtberatung hat heute geöffnet',
    'Bitte bringt Wasser und Brot mit',
    'Wir treffen uns von allen Seiten',
    'Die Tochter braucht Hilfe',
    'Wir sehen uns im Mai wieder',
    'Die New York Times berichtet',
    'Sein Name ist unbekannt',
    'Studien zufolge hilft Bewegung',
    'Dramen kritisierte er daher',
    'Er hatte Joseph Victor von Scheffel zu Gast'
      .replace('Joseph Victor von Scheffel', 'Herrn Fuchs')
      .replace('Herrn Fuchs zu Gast', 'Fuchs zu Gast'),
    'Die Tomaten sind teuer',
    'Wolf und Fuchs leben im Wald',
    'Mai und Juni sind warm',
    'will is a strong word', // lower-case English word that is also a name
    'DER KOCH HAT GEKOCHT',
    'mark my words',
    'allen Kindern geht es gut',
    '',
    '   \n  ',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('person-name: a listed surname that is no German noun may stand alone', () => {
  it.each([
    ['Gestern hat Schröder angerufen.', ['Schröder']],
    ['Schröder war heute nicht da.', ['Schröder']],
    ['Krüger hat Angst vor dem Jugendamt.', ['Krüger']],
    ['Termin bei Krüger am Montag', ['Krüger']],
    ['Gestern kam Hoffmann vorbei', ['Hoffmann']],
    ['Schröders Antrag ist durch.', ['Schröders']],
    ['Wir warten auf Beckers Rückruf', ['Beckers']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
    expect(spans(text)[0]!.reason).toBe('listed-surname');
  });

  it.each([
    'Die Bürger sagten nichts.', // a surname on the list, but a German noun
    'Wasser marsch!',
    'Der Keller ist nass.',
    'Der Hoffmann hat gekocht', // after an article it is read as a noun
    'Wir fahren nach Schröder.', // after a place preposition
    'Die Firma Bilfinger Berger Bau', // inside a longer proper name
    'Schröder-Haus ist geöffnet', // first part of a compound
    'Bauer sucht Frau', // occupational surname that is an ordinary noun
    'Schröder Immobilien GmbH',
    'Bücher bei Hoffmann- und Campe-Verlag', // truncated first part of a coordinated compound
  ])('%s', (text) => {
    expect(
      names(text).filter(
        (n) => n.startsWith('Schröder') || ['Bürger', 'Wasser', 'Keller', 'Hoffmann', 'Berger', 'Bauer'].includes(n),
      ),
    ).toEqual([]);
  });
});

describe('person-name: scoring by evidence', () => {
  it('ranks title > full name > single first name', () => {
    const [title] = spans('Hallo Frau Becker');
    const [full] = spans('Gestern kam Kevin Schulz vorbei');
    const [single] = spans('Gestern kam Kevin vorbei');
    expect(title!.score).toBe(SCORES.title);
    expect(full!.score).toBe(SCORES.fullName);
    expect(single!.score).toBeLessThan(full!.score);
    expect(full!.score).toBeLessThan(title!.score);
  });

  it('reports kind person, category name and offsets into the text', () => {
    const text = 'Termin: Frau Becker';
    expect(spans(text)).toEqual([
      { category: 'name', kind: 'person', start: 13, end: 19, score: SCORES.title, reason: 'title' },
    ]);
  });

  it('finds a surname again after it was seen in a full name', () => {
    expect(names('Angela Merkel kam. Danach sagte Merkel nichts.')).toEqual(['Angela Merkel', 'Merkel']);
  });

  it('never throws on odd input', () => {
    for (const text of ['\ud800Anna', 'Frau', 'Herr ', 'Hallo', 'LG', 'Frau Dr.', 'A.', '\u0000Kevin']) {
      expect(() => spans(text)).not.toThrow();
    }
    const long = 'Frau Becker und Kevin Schulz. '.repeat(2000);
    expect(spans(long).length).toBe(4000);
  });
});
