/**
 * Surname endings that ordinary German words (almost) never have: Slavic -ski/-ska/-sky/-ow/
 * -ović/-ić/-enko/-ová, Turkish -oğlu, Romanian -escu, Italian -ini/-elli/-etti, Georgian -schwili.
 * They let us recognise surnames no list contains ("Kowalczyk" aside), at a lower score.
 */
const SURNAME_ENDING =
  /(?:ski|ska|sky|skaja|zki|zka|cki|cka|czyk|czak|wicz|owitsch|ewitsch|ović|ovic|evic|ević|ić|enko|ová|ovà|oğlu|oglu|escu|ini|elli|etti|ucci|schwili|dse|jew|jewa|ow|owa|ewa|ov|ova|yan|sson)$/u;

/** Endings of ordinary German nouns and adjectives that rule a word out as a surname. */
const NOUN_ENDING =
  /(?:ung|heit|keit|schaft|tion|ität|nis|tum|chen|ismus|ment|enz|anz|ur|ei|ie|ik|ist|ismus|ierung|lich|isch|ig|bar|sam|los)$/u;

export function looksLikeSurname(word: string): boolean {
  return surnameShapeOfLower(word.length, word.toLowerCase());
}

/** Endings that make a word a noun even after a first name ("Anna Beratung"). */
const STRONG_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ität|nis|tum|chen|ismus)$/u;

export function looksLikeNoun(word: string): boolean {
  return nounShapeOfLower(word.length, word.toLowerCase());
}

/** Judged on the last part of a compound: "Alliot-Marie" is a name, "Anna-Beratung" is not. */
export function looksLikeStrongNoun(word: string): boolean {
  return strongNounOfLower(word.slice(word.lastIndexOf('-') + 1).toLowerCase());
}

/**
 * The same tests for a word whose lower-case form the caller already has: `length` is the
 * word's length as written (UTF-16 units), `lower` its toLowerCase().
 */
export function surnameShapeOfLower(length: number, lower: string): boolean {
  return length >= 5 && SURNAME_ENDING.test(lower) && !NOUN_ENDING.test(lower);
}

export function nounShapeOfLower(length: number, lower: string): boolean {
  return length > 5 && NOUN_ENDING.test(lower);
}

/** `lastPart`: the lower-cased part after the last hyphen. */
export function strongNounOfLower(lastPart: string): boolean {
  return lastPart.length > 5 && STRONG_NOUN_ENDING.test(lastPart);
}
