/**
 * How many ASCII digits a text has. Most drafts have none or a few (a time, a date); a
 * Steuer-ID needs 11, a KVNR 9, a phone number 7, so those recognizers skip such drafts
 * without running their regexes. Several recognizers ask about the same draft one after the
 * other: the last answer is kept (one entry, like names/word-tokens.ts).
 */
let lastText: string | undefined;
let lastCount = 0;

export function digitCount(text: string): number {
  if (text === lastText) return lastCount;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) count++;
  }
  lastText = text;
  lastCount = count;
  return count;
}
