/**
 * Words around a name that make it a person: titles, roles, greetings, particles and the
 * function words that never start a name. All lower case; lookups go through Sets built once.
 */

/** Forms of address directly before a name: "Frau Becker", "Hr. M.", "Mrs Smith". */
export const TITLES = new Set([
  'frau', 'herr', 'herrn', 'fr', 'hr', 'hrn', 'frl', 'fräulein', 'dr', 'prof', 'mrs', 'mr', 'ms',
  'miss', 'sir', 'lady', 'lord', 'madame', 'mme', 'monsieur', 'signora', 'signor', 'señor',
  'señora', 'mister', 'familie', 'family', 'fam',
]);

/**
 * Relations and client roles. Before a name they make it a person ("Klientin Meyer", "Sohn
 * Kevin", "Mutter von Lea"); without a name person-reference reports them as a signal.
 */
export const RELATION_ROLES = new Set([
  'klient', 'klientin', 'klienten', 'bewohner', 'bewohnerin', 'patient', 'patientin', 'mutter',
  'vater', 'sohn', 'tochter', 'bruder', 'schwester', 'onkel', 'tante', 'oma', 'opa', 'cousin',
  'cousine', 'neffe', 'nichte', 'enkel', 'enkelin', 'ehemann', 'ehefrau', 'freund', 'freundin',
  'kollege', 'kollegin', 'betreuer', 'betreuerin', 'nachbar', 'nachbarin', 'schüler', 'schülerin',
  'stiefvater', 'stiefmutter', 'pflegekind', 'pflegemutter', 'pflegevater', 'jugendliche',
  'jugendlicher', 'mandant', 'mandantin', 'teilnehmer', 'teilnehmerin', 'azubi', 'baby',
  'client', 'resident', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'husband',
  'wife', 'aunt', 'uncle', 'grandma', 'grandpa', 'nephew', 'niece', 'cousin', 'neighbour',
  'mama', 'papa', 'kind', 'kinder', 'partner', 'partnerin', 'lebensgefährte', 'lebensgefährtin',
  'exmann', 'exfrau', 'verlobter', 'verlobte', 'mum', 'mom', 'dad', 'boyfriend', 'girlfriend',
  'kid', 'kids', 'child', 'children', 'grandson', 'granddaughter',
]);

/** Public roles: in news and encyclopaedic text an apposition names a person ("Trainer Magath"). */
export const PUBLIC_ROLES = new Set([
  'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin',
  'bundespräsident', 'bundespräsidentin', 'ministerpräsident', 'ministerpräsidentin', 'minister',
  'ministerin', 'außenminister', 'außenministerin', 'innenminister', 'innenministerin',
  'finanzminister', 'finanzministerin', 'trainer', 'trainerin', 'cheftrainer', 'coach', 'sänger',
  'sängerin', 'schauspieler', 'schauspielerin', 'autor', 'autorin', 'regisseur', 'regisseurin',
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'bischof',
  'erzbischof', 'papst', 'königin', 'kaiserin', 'fürstin', 'gräfin', 'prinz', 'prinzessin',
  'herzogin', 'pastor', 'pastorin', 'pfarrerin', 'kapitän', 'torwart', 'stürmer', 'sprecher',
  'sprecherin', 'chef', 'chefin', 'gründer', 'gründerin', 'komponist', 'komponistin', 'maler',
  'malerin', 'dichterin', 'schriftsteller', 'schriftstellerin', 'architekt', 'architektin',
  'professor', 'professorin', 'senator', 'senatorin', 'general', 'kommissar', 'kommissarin',
  'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'sozialarbeiter', 'sozialarbeiterin',
  'erzieher', 'erzieherin', 'lehrer', 'lehrerin', 'arzt', 'ärztin', 'therapeut', 'therapeutin',
  'pfleger', 'pflegerin', 'kardinal', 'zar', 'sultan', 'scheich', 'kommandant', 'oberst',
  'leutnant', 'major', 'weltmeister', 'weltmeisterin', 'spieler', 'spielerin', 'nationalspieler',
  'kandidat', 'kandidatin', 'vorsitzende', 'vorsitzender', 'parteichef', 'parteichefin',
  'geschäftsführer', 'geschäftsführerin', 'direktor', 'direktorin', 'intendant', 'intendantin',
  'dirigent', 'dirigentin', 'pianist', 'pianistin', 'gitarrist', 'musiker', 'musikerin',
  'rapper', 'moderator', 'moderatorin', 'journalist', 'journalistin', 'reporter', 'reporterin',
  'fotograf', 'fotografin', 'philosoph', 'historiker', 'historikerin', 'wissenschaftler',
  'unternehmer', 'unternehmerin', 'manager', 'managerin', 'abgeordnete', 'abgeordneter',
  'politiker', 'politikerin', 'staatssekretär', 'botschafter', 'staatsanwalt', 'polizist',
  'kollegen', 'verteidiger', 'mittelfeldspieler', 'stürmerstar', 'regierungschef',
  'oppositionsführer', 'sozialdemokrat', 'ex-präsident', 'ex-kanzler', 'ex-trainer',
  'president', 'senator', 'governor', 'prime', 'king', 'queen', 'prince', 'princess', 'pope',
  'evangelist', 'apostel', 'prophet',
]);

/** Greetings and sign-offs that are followed by a name: "Hallo Anna", "LG Kevin". */
export const GREETINGS = new Set([
  'hallo', 'hi', 'hey', 'huhu', 'moin', 'servus', 'liebe', 'lieber', 'liebes', 'hello', 'dear',
  'danke', 'thanks', 'thx', 'lg', 'vg', 'glg', 'mfg', 'grüße', 'gruß', 'gruss', 'grüsse',
  'tschüss', 'tschüß', 'ciao', 'bye', 'cheers', 'hej', 'salut', 'merhaba', 'selam',
]);

/** Particles inside names: "Ursula von der Leyen", "Rafael van der Vaart", "Bashar al-Assad". */
export const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'di', 'da', 'del', 'della', 'des', 'du', 'la', 'le', 'zu',
  'ten', 'ter', 'vom', 'bin', 'ibn', 'abu', 'dos', 'mac', 'al', 'el', 'y',
]);

/** Words before a lower-case chat name that carry it: "hab mit kevin geredet", "hallo maria". */
export const CHAT_NAME_CUES = new Set([
  'mit', 'von', 'bei', 'für', 'an', 'und', 'zu', 'frag', 'fragt', 'sag', 'sagt', 'hab', 'habe',
  'hat', 'ob', 'wie', 'with', 'and', 'for', 'to', 'tell', 'ask',
]);

/** Verbs of saying: "sagte Merkel", "so Müller" mark the next capitalised word as a person. */
export const SPEECH_VERBS = new Set([
  'sagte', 'sagt', 'erklärte', 'erklärt', 'meinte', 'betonte', 'schrieb', 'berichtete',
  'kritisierte', 'forderte', 'warnte', 'sagten', 'so', 'said', 'says', 'told', 'wrote',
]);

/**
 * Verbs that only people do, right after a capitalised word: "Ramelow erklärte", "Stalin
 * starb", "Heidegger zufolge". Nouns rarely stand there without an article.
 */
export const PERSON_VERBS_AFTER = new Set([
  'sagte', 'sagt', 'erklärte', 'erklärt', 'meinte', 'betonte', 'kritisierte', 'forderte',
  'warnte', 'plädierte', 'lobte', 'starb', 'studierte', 'heiratete', 'komponierte', 'debütierte',
  'promovierte', 'emigrierte', 'schrieb', 'antwortete', 'berichtete', 'betont',
  'räumte', 'kündigte', 'bestätigte', 'dementierte', 'verriet', 'gestand', 'lachte', 'weinte',
  'said', 'says', 'told', 'wrote', 'died', 'married',
]);

/** Place prefixes: "St. Paul", "Sankt Peter", "San Marino", "Bad Homburg" are not persons. */
export const PLACE_PREFIXES = new Set([
  'st', 'sankt', 'san', 'santa', 'são', 'saint', 'bad', 'sainte', 'porto', 'puerto', 'fort',
  'port', 'mount', 'cape', 'kap', 'lake', 'new', 'north', 'south', 'east', 'west', 'los', 'las',
  'la', 'le', 'el', 'rio', 'costa', 'villa', 'monte', 'isla', 'isola', 'lido',
]);

/** Last parts of street and institution names: "Karl-Marx-Straße", "Willy Brandt Platz". */
export const INSTITUTION_NOUNS = new Set([
  'straße', 'strasse', 'str', 'platz', 'allee', 'weg', 'ring', 'damm', 'ufer', 'brücke', 'park',
  'schule', 'grundschule', 'gymnasium', 'universität', 'hochschule', 'institut', 'stiftung',
  'preis', 'haus', 'kirche', 'museum', 'klinik', 'krankenhaus', 'halle', 'stadion', 'gesellschaft',
  'verein', 'zentrum', 'center', 'bahnhof', 'theater', 'saal', 'turm', 'denkmal', 'kaserne',
  'siedlung', 'gedächtniskirche', 'medaille', 'award', 'prize', 'street', 'road', 'avenue',
  'square', 'school', 'university', 'college', 'hospital', 'foundation', 'institute', 'bridge',
  'orchester', 'band', 'trio', 'quartett', 'syndrom', 'krankheit', 'effekt', 'gesetz', 'prinzip',
]);

/**
 * Function words: determiners, pronouns, prepositions, conjunctions and common adverbs, German
 * and English. Capitalised at a sentence start they are never a name; in lower case they are
 * never a chat name even when the Berlin list has them ("Ben", "Can", "Will").
 */
export const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines',
  'er', 'sie', 'es', 'wir', 'ihr', 'ich', 'du', 'man', 'mein', 'meine', 'dein', 'deine', 'sein',
  'seine', 'unser', 'unsere', 'euer', 'eure', 'ihre', 'ihrem', 'ihren', 'ihrer', 'dieser',
  'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jede', 'jeder', 'jedes', 'alle', 'alles',
  'viele', 'manche', 'kein', 'keine', 'und', 'oder', 'aber', 'denn', 'doch', 'sondern', 'als',
  'wie', 'wenn', 'weil', 'dass', 'ob', 'da', 'so', 'auch', 'noch', 'schon', 'nur', 'nicht', 'nie',
  'immer', 'hier', 'dort', 'dann', 'danach', 'davor', 'damit', 'dabei', 'darum', 'deshalb',
  'deswegen', 'trotzdem', 'jedoch', 'zudem', 'außerdem', 'später', 'heute', 'gestern', 'morgen',
  'bereits', 'bisher', 'seit', 'nach', 'vor', 'bei', 'mit', 'von', 'zu', 'zum', 'zur', 'im', 'in',
  'am', 'an', 'auf', 'aus', 'für', 'über', 'unter', 'zwischen', 'durch', 'gegen', 'ohne', 'um',
  'bis', 'während', 'wegen', 'trotz', 'laut', 'ab', 'neben', 'hinter', 'wer', 'was', 'wo', 'wann',
  'warum', 'welche', 'welcher', 'welches', 'ja', 'nein', 'bitte', 'danke', 'hallo', 'mal',
  'gerade', 'sehr', 'ganz', 'etwa', 'rund', 'fast', 'kaum', 'wieder', 'zunächst', 'zuletzt',
  'inzwischen', 'seitdem', 'somit', 'also', 'allerdings', 'dagegen', 'daher', 'dazu', 'darauf',
  'hat', 'ist', 'war', 'sind', 'wird', 'wurde', 'kann', 'muss', 'soll', 'will', 'hab', 'habe',
  'bin', 'bist', 'mir', 'mich', 'dir', 'dich', 'uns', 'euch', 'ihm', 'ihn', 'sich', 'einige',
  'mehrere', 'beide', 'andere', 'anderen', 'nun', 'jetzt', 'erst', 'eben', 'ok', 'okay',
  'the', 'a', 'an', 'and', 'or', 'but', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'my', 'your',
  'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'on', 'at', 'for', 'with',
  'from', 'by', 'of', 'to', 'as', 'if', 'when', 'while', 'after', 'before', 'is', 'was', 'are',
  'be', 'can', 'may', 'might', 'must', 'shall', 'should', 'would', 'could', 'will', 'not', 'no',
  'yes', 'so', 'just', 'all', 'any', 'some', 'me', 'him', 'us', 'them',
  'sun', 'dies', 'mio', 'mrd', 'tsd', 'co', 'allen', 'allem', 'aller', 'jemand', 'niemand',
  'etwas', 'nichts', 'viel', 'mehr', 'weniger', 'wenig', 'selbst', 'sogar', 'zwar', 'eher',
  'genau', 'gleich', 'bald', 'oft', 'manchmal', 'sonst', 'vielleicht', 'wohl', 'eigentlich',
  'van', 'vom', 'beim', 'ins', 'ans', 'per', 'pro', 'via', 'zwei', 'drei', 'vier', 'fünf',
  'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'hundert', 'tausend',
]);

/** Prepositions after which a lone surname is more often a noun: "von Hand", "mit Stolz". */
export const PREPOSITIONS = new Set([
  'von', 'mit', 'per', 'zu', 'auf', 'bei', 'für', 'über', 'unter', 'gegen', 'ohne', 'um', 'durch',
  'aus', 'in', 'nach', 'vor', 'zwischen', 'seit', 'ab', 'an', 'als', 'wie', 'und', 'oder',
]);

/**
 * Words after which a capitalised word is a noun, not a name: "der Koch", "seinem Tod",
 * "ein Server", "im Minus". Colloquial "die Anna" is allowed for common names (see person-name).
 */
export const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines',
  'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren',
  'ihrer', 'ihres', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'dein', 'deine', 'deinem',
  'deinen', 'deiner', 'unser', 'unsere', 'unserem', 'unseren', 'kein', 'keine', 'keinem',
  'keinen', 'keiner', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder', 'jede', 'jedes',
  'jedem', 'jeden', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'alle',
  'viele', 'einige', 'mehrere', 'welche', 'welcher', 'welches', 'the', 'a', 'an', 'this', 'that',
]);

/** Prepositions of place before a single capitalised word: "in Florenz", "nach Hudson". */
export const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bis', 'gen', 'ab']);

/**
 * Endings of compound public roles: "US-Präsident", "Umweltminister", "Fußball-Experte",
 * "Parteikollegen", "Oberarzt". Checked when the whole word is not in PUBLIC_ROLES.
 */
export const ROLE_ENDINGS = [
  'präsident', 'präsidentin', 'minister', 'ministerin', 'kanzler', 'kanzlerin', 'trainer',
  'spieler', 'spielerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'experte', 'expertin',
  'star', 'kollege', 'kollegin', 'kollegen', 'arzt', 'ärztin', 'direktor', 'direktorin',
  'sänger', 'sängerin', 'autor', 'autorin', 'maler', 'leiter', 'leiterin', 'vorsitzende',
  'vorsitzender', 'meister', 'meisterin', 'bischof', 'politiker', 'politikerin', 'führer',
  'sekretär', 'kommissar', 'kommissarin', 'dichter', 'komponist', 'regisseur', 'schauspieler',
  'schauspielerin', 'manager', 'funktionär', 'gründer', 'berater', 'beraterin', 'kandidat',
  'kandidatin', 'stürmer', 'torhüter', 'keeper', 'musiker', 'produzent', 'rapper', 'theologe',
  'philosoph', 'historiker', 'forscher', 'professor', 'professorin', 'anwalt', 'anwältin',
];
