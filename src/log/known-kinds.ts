/**
 * Kinds the detector's built-in recognizers emit. The log keeps a kind's name only if it is
 * one of these or one of the policy's custom pattern names; anything else is counted as
 * 'other'. A pattern check alone is not enough: an identifier-like "kind" such as a surname
 * would pass it, and a hostile page could use that to smuggle words into the log.
 * Kept here instead of importing the registry, which would pull the whole detector (lexicons,
 * compromise) into the background; test/unit/log/known-kinds.test.ts checks it against the
 * registry, so a new recognizer kind fails that test until it is added here.
 */
export const BUILT_IN_KINDS: ReadonlySet<string> = new Set([
  'address',
  'age',
  'birth-date',
  'case-number',
  'client',
  'criminal-term',
  'custom-term',
  'email',
  'health-insurance-number',
  'health-term',
  'iban',
  'id-card',
  'pension-insurance-number',
  'person',
  'person-reference',
  'phone',
  'second-person',
  'social-term',
  'special-term',
  'tax-id',
]);

/** Built-in kinds plus the administrator's custom pattern names (they are kinds too). */
export function knownKinds(customPatternNames: readonly string[] = []): (kind: string) => boolean {
  const custom = new Set(customPatternNames);
  return (kind) => BUILT_IN_KINDS.has(kind) || custom.has(kind);
}
