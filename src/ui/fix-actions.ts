/**
 * One-click fixes the panel offers per finding: a name written as its initial („Frau Schmidt“
 * → „Frau S.“, „Leon“ → „L.“), a birth date or an identifier removed. Pure: computes the
 * span to select and the text to put there; the guard applies it through the editor's own
 * input path (selection + insertText / delete), so the edit lands in Lexical's state and
 * Ctrl+Z undoes it. Offsets are into the draft text the finding came from.
 */
import type { Finding } from '../detect/types';

export type FixKind = 'initial' | 'remove';

export interface Fix {
  kind: FixKind;
  start: number;
  end: number;
  /** '' for a removal. */
  replacement: string;
}

/** Kinds a removal makes sense for: they identify a person and the sentence survives without them. */
const REMOVABLE = new Set([
  'birth-date',
  'iban',
  'tax-id',
  'pension-insurance-number',
  'health-insurance-number',
  'id-card',
  'case-number',
  'email',
  'phone',
]);

/** Forms of address and titles stay as they are: „Frau Schmidt“ → „Frau S.“. */
const KEEP = /^(?:frau|herr|herrn|fr\.|hr\.|dr\.|prof\.|familie|fam\.)$/i;
const INITIAL = /^\p{L}\.$/u;
/** A cue written right before a birth date goes with it: „geb. 12.03.1987“. */
const BIRTH_CUE = /(?:geb\.|geboren(?:\s+am)?|geburtsdatum:?|date of birth:?|born(?:\s+on)?)\s*$/i;

export function fixKindFor(finding: Pick<Finding, 'category' | 'kind'>): FixKind | null {
  if (finding.kind === 'person') return 'initial';
  if (REMOVABLE.has(finding.kind)) return 'remove';
  return null;
}

export function fixFor(finding: Pick<Finding, 'category' | 'kind' | 'start' | 'end'>, text: string): Fix | null {
  const kind = fixKindFor(finding);
  if (!kind || finding.start < 0 || finding.end > text.length || finding.start >= finding.end) return null;
  if (kind === 'initial') {
    const original = text.slice(finding.start, finding.end);
    const replacement = original.replace(/[^\s]+/gu, (word) =>
      KEEP.test(word) || INITIAL.test(word) ? word : initialOf(word),
    );
    if (replacement === original) return null;
    return { kind, start: finding.start, end: finding.end, replacement };
  }
  let start = finding.start;
  let end = finding.end;
  if (finding.kind === 'birth-date') {
    const cue = BIRTH_CUE.exec(text.slice(Math.max(0, start - 24), start));
    if (cue) start -= cue[0].length;
  }
  // Leave the sentence tidy: „Becker, geb. 12.03.1987, Ihr“ → „Becker, Ihr“.
  if (/,\s*$/.test(text.slice(0, start)) && text[end] === ',') end += 1;
  if (text[start - 1] === ' ' && (end === text.length || /[\s.,;:!?)]/.test(text[end] ?? ''))) start -= 1;
  else if (text[end] === ' ' && (start === 0 || /[\n(]/.test(text[start - 1] ?? ''))) end += 1;
  return { kind, start, end, replacement: '' };
}

/** „Schmidt“ → „S.“, „Müller-Lüdenscheidt“ → „M.“, „Ömer“ → „Ö.“; punctuation after the name stays. */
function initialOf(word: string): string {
  const match = /^(\P{L}*)(\p{L})[\p{L}\p{M}'’-]*(.*)$/u.exec(word);
  if (!match) return word;
  const [, lead = '', first = '', rest = ''] = match;
  return `${lead}${first}.${rest.replace(/^\./, '')}`;
}
