import { caseloadFromNames } from '../../../src/caseload/build';
import { namesFromLines } from '../../../src/caseload/import';
import { createClientMatcher, type CaseloadMatcher } from '../../../src/caseload/matcher';
import type { Caseload } from '../../../src/caseload/stored';

export const KEY_A = new Uint8Array(32).map((_, i) => i + 1);
export const KEY_B = new Uint8Array(32).map((_, i) => 200 - i);

/** A caseload of these lines ("Vorname Nachname" each), hashed with `key`. */
export function caseloadOf(lines: readonly string[], key: Uint8Array = KEY_A): Caseload {
  return caseloadFromNames(namesFromLines(lines.join('\n')).names, key);
}

export function matcherOf(lines: readonly string[], key: Uint8Array = KEY_A): CaseloadMatcher {
  return createClientMatcher(caseloadOf(lines, key));
}
