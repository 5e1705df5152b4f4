import { describe, expect, it } from 'vitest';
import { findingLabel, guardDe, guardEn, gt } from '../../../src/ui/guard-strings';
import { labelCounts } from '../../../src/ui/finding-list';
import { channelAdvice } from '../../../src/ui/channel-advice';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { CATEGORIES } from '../../../src/policy/schema';

// Every kind the recognizers emit (see src/detect/recognizers/*): each needs its own label.
const KINDS = [
  'person',
  'email',
  'phone',
  'iban',
  'tax-id',
  'pension-insurance-number',
  'health-insurance-number',
  'id-card',
  'birth-date',
  'age',
  'address',
  'case-number',
  'health-term',
  'special-term',
  'criminal-term',
  'social-term',
];

describe('guard strings', () => {
  it('has the same keys in German and English, none empty', () => {
    expect(Object.keys(guardEn).sort()).toEqual(Object.keys(guardDe).sort());
    for (const table of [guardDe, guardEn]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('labels every category and every kind', () => {
    for (const category of CATEGORIES) expect(guardDe).toHaveProperty(`category.${category}`);
    for (const kind of KINDS) expect(guardDe).toHaveProperty(`kind.${kind}`);
  });

  it.each([
    ['de', 'identifier', 'pension-insurance-number', 'Sozialversicherungsnummer'],
    ['de', 'health', 'health-term', 'Gesundheitsangabe'],
    ['de', 'name', 'person', 'Name'],
    ['en', 'identifier', 'iban', 'IBAN'],
    // A built-in kind without a label of its own falls back to its category; any other kind
    // is an administrator's pattern name and is shown as it is, whatever its category.
    ['de', 'name', 'person-reference', 'Name'],
    ['de', 'identifier', 'aktenzeichen', 'aktenzeichen'],
    ['de', 'custom', 'Fallnummer Amt X', 'Fallnummer Amt X'],
  ] as const)('%s %s/%s → %s', (lang, category, kind, label) => {
    expect(findingLabel(lang, category, kind)).toBe(label);
  });

  it('counts findings per label in order of appearance, merging kinds with one label', () => {
    const f = (category: 'name' | 'health', kind: string) => ({ category, kind, start: 0, end: 1, score: 1 });
    expect(labelCounts([f('health', 'health-term'), f('name', 'person'), f('health', 'health-term')], 'de')).toEqual([
      { label: 'Gesundheitsangabe', count: 2 },
      { label: 'Name', count: 1 },
    ]);
  });

  it('names the approved channel and contact, with a generic default', () => {
    const generic = channelAdvice(DEFAULT_POLICY, 'de');
    expect(generic.channel).toMatch(/freigegebenen Kanal/);
    expect(generic.contact).toBeNull();
    const own = channelAdvice(
      {
        approvedChannel: { name: 'Assisto', url: 'javascript:alert(1)' },
        contactPerson: { name: 'P. Muster', email: '', phone: '030 123' },
      },
      'en',
    );
    expect(own.channel).toBe(gt('en', 'channelAdvice', { channel: 'Assisto' }));
    // Only https links are offered.
    expect(own.channelUrl).toBeNull();
    expect(own.contact).toBe('Questions? Contact: P. Muster, 030 123');
  });
});
