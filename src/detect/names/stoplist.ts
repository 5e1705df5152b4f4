/**
 * Names that are also ordinary German words, places or brands. Alone they are not a person:
 * "im August", "der Koch", "eine Rose", "nur", "in Kiel". With a title, a greeting, or another
 * name next to them they are ("Frau Koch", "August Müller", "Hallo Rose"). Lower case.
 * The build adds faker's German word and place lists on top of this (FIRST_NAMES_GERMAN_WORDS);
 * this hand-made list covers what those lists miss.
 */
export const ORDINARY_WORD_NAMES: readonly string[] = [
  // months, seasons, days, times
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'sommer', 'winter', 'herbst', 'frühling', 'morgen', 'abend', 'nacht',
  'tag', 'sonntag', 'montag', 'freitag', 'ostern', 'pfingsten', 'weihnacht', 'advent',
  // ordinary words that are given names in the Berlin list
  'nur', 'rose', 'art', 'an', 'man', 'da', 'will', 'mark', 'can', 'ernst', 'jung', 'klein',
  'amen', 'engel', 'stern', 'sonne', 'meer', 'berg', 'prinz', 'king', 'star', 'love', 'hope',
  'joy', 'sky', 'sunny', 'glory', 'faith', 'summer', 'may', 'june', 'bill', 'elf', 'fee',
  'iris', 'lilie', 'linde', 'flora', 'viola', 'heide', 'heil', 'friede', 'frieden', 'glück',
  'liebe', 'licht', 'himmel', 'welt', 'kind', 'baby', 'mama', 'papa', 'oma', 'opa', 'christ',
  'gott', 'held', 'ritter', 'said', 'long', 'sang', 'hang', 'song', 'tan', 'bank', 'rock',
  'wind', 'sand', 'see', 'ski', 'tee', 'roman', 'tore', 'line', 'marine', 'atlas', 'name',
  'chance', 'tod', 'server', 'earl', 'mio', 'bass', 'star', 'stars', 'fan', 'fans', 'link',
  'links', 'minus', 'plus', 'remis', 'kosmos', 'lander', 'dax', 'phoenix', 'nike', 'dell',
  'europa', 'havel', 'alexandria', 'florenz', 'vegas', 'hudson', 'orion', 'venus',
  'fortuna', 'justitia', 'eros', 'amor', 'maxi', 'mini', 'solo',
  'vornamen', 'vorname', 'duo', 'trio', 'toto', 'lotto', 'kino', 'radio', 'video', 'auto', 'disco', 'echo', 'memo',
  // occupational and animal surnames that are everyday nouns
  'koch', 'bauer', 'weber', 'fischer', 'schneider', 'müller', 'richter', 'kaiser', 'könig',
  'meister', 'schäfer', 'schuster', 'zimmermann', 'jäger', 'maurer', 'gärtner', 'kellner',
  'metzger', 'fleischer', 'förster', 'glaser', 'schreiber', 'wächter', 'wirt', 'pfarrer',
  'herzog', 'graf', 'fürst', 'vogt', 'wolf', 'fuchs', 'vogel', 'hahn', 'hase', 'bär', 'adler',
  'falke', 'falk', 'fink', 'rabe', 'storch', 'strauß', 'schwan', 'löwe', 'lamm', 'igel',
  'kraft', 'stein', 'busch', 'bach', 'brand', 'wald', 'feld', 'haus', 'hof', 'kühn', 'lang',
  'lange', 'groß', 'weiß', 'schwarz', 'braun', 'roth', 'grün', 'sauer', 'frank', 'frei',
  'fromm', 'gut', 'hell', 'recht', 'arm', 'kurz', 'alt', 'neu',
  // places and brands that are also names
  'berlin', 'paris', 'london', 'china', 'india', 'asia', 'afrika', 'europa', 'amerika', 'jordan',
  'israel', 'kuba', 'kenia', 'georgia', 'florida', 'dakota', 'sydney', 'chelsea', 'brooklyn',
  'dallas', 'madrid', 'roma', 'wien', 'mercedes', 'porsche', 'ferrari', 'ford', 'opel',
  'bosch', 'siemens', 'adidas', 'toyota', 'lancia', 'santa', 'san', 'sankt', 'saint',
];
