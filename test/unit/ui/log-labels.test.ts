import { describe, expect, it } from 'vitest';
import { countsLabel, kindLabel, logDe, logEn } from '../../../src/ui/options/log-strings';
import { DECISIONS, SEVERITIES, CATEGORIES } from '../../../src/log/record';
import { REASONS } from '../../../src/messaging/protocol';
import { BUILT_IN_KINDS } from '../../../src/log/known-kinds';

describe('log labels for people', () => {
  it('every decision, severity and reason has a German and an English label', () => {
    for (const table of [logDe, logEn] as Array<Record<string, string>>) {
      for (const id of DECISIONS) expect(table[`decision.${id}`]).toBeTruthy();
      for (const id of SEVERITIES) expect(table[`severity.${id}`]).toBeTruthy();
      for (const id of REASONS) expect(table[`reason.${id}`]).toBeTruthy();
    }
    expect(CATEGORIES.length).toBeGreaterThan(0);
  });

  it.each([
    ['de', 'birth-date', 'Geburtsdatum'],
    ['de', 'person', 'Name'],
    ['de', 'person-reference', 'Name'],
    ['de', 'custom-term', 'Von Ihrer Organisation festgelegter Begriff'],
    ['de', 'other', 'Sonstiges'],
    ['en', 'health-term', 'Health information'],
    // an administrator's pattern name is its own label
    ['de', 'aktenzeichen', 'aktenzeichen'],
  ] as const)('%s %s → %s', (lang, kind, label) => {
    expect(kindLabel(lang, kind)).toBe(label);
  });

  it('no built-in kind is shown as its raw id', () => {
    for (const kind of BUILT_IN_KINDS) expect(kindLabel('de', kind)).not.toBe(kind);
  });

  it('counts: labelled, merged by label, sorted', () => {
    expect(countsLabel('de', { 'health-term': 1, person: 1, 'person-reference': 2 }, (k) => kindLabel('de', k))).toBe(
      'Gesundheitsangabe: 1, Name: 3',
    );
  });
});
