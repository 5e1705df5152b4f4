import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { computeEffectivePolicy, type EffectivePolicy } from '../../../../src/policy/effective';
import { userSettingsItem } from '../../../../src/settings/items';
import { fromLines, mountPolicySection, toLines } from '../../../../src/ui/options/policy-section';
import { policyDe, policyEn } from '../../../../src/ui/options/policy-strings';

const q = <E extends Element = HTMLElement>(root: ParentNode, testId: string) =>
  root.querySelector<E>(`[data-testid="${testId}"]`);

async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function staticWatch(effective: EffectivePolicy) {
  return (callback: (p: EffectivePolicy) => void) => callback(effective);
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});
afterEach(() => vi.restoreAllMocks());

describe('policy strings', () => {
  it('has the same keys in German and English, none empty', () => {
    expect(Object.keys(policyEn).sort()).toEqual(Object.keys(policyDe).sort());
    for (const value of [...Object.values(policyDe), ...Object.values(policyEn)]) expect(value.trim()).not.toBe('');
  });
});

describe('mountPolicySection', () => {
  it('disables and marks what the administrator set; leaves only released keys editable', () => {
    const effective = computeEffectivePolicy(
      { blockAt: 'high', monitorOnly: true, userMayChange: ['warnAt'] },
      { warnAt: 'notice', allowTerms: ['Jugendamt'] },
      'managed',
    );
    mountPolicySection(document.body, { watch: staticWatch(effective), language: 'de' });

    const blockAt = q<HTMLSelectElement>(document, 'policy-control-blockAt');
    expect(blockAt?.disabled).toBe(true);
    expect(blockAt?.value).toBe('high');
    expect(q(document, 'policy-locked-blockAt')?.textContent).toBe('Von Ihrer Organisation festgelegt');
    expect(q<HTMLInputElement>(document, 'policy-control-monitorOnly')?.checked).toBe(true);

    // Released with userMayChange: editable, with the user's value.
    const warnAt = q<HTMLSelectElement>(document, 'policy-control-warnAt');
    expect(warnAt?.disabled).toBe(false);
    expect(warnAt?.value).toBe('notice');
    expect(q(document, 'policy-locked-warnAt')).toBeNull();
    expect(q(document, 'policy-reset-warnAt')).not.toBeNull();
    // Not set and not released: locked, the user's stored value does not show or count.
    const allow = q<HTMLTextAreaElement>(document, 'policy-control-allowTerms');
    expect(allow?.disabled).toBe(true);
    expect(allow?.value).toBe('');
    expect(q(document, 'policy-locked-allowTerms')?.dataset.reason).toBe('not-released');
    expect(q(document, 'policy-locked-allowTerms')?.textContent).toBe('Von Ihrer Organisation gesperrt');
    // Custom terms stay open for additions.
    expect(q<HTMLTextAreaElement>(document, 'policy-control-customTerms')?.disabled).toBe(false);
    expect(q(document, 'policy-adds-customTerms')).not.toBeNull();

    // Counts what the administrator set (3 keys), not what is locked.
    expect(q(document, 'policy-managed-notice')?.textContent).toContain(' 3 ');
    expect(q(document, 'policy-fingerprint')?.textContent).toBe(effective.fingerprint);
    expect(q(document, 'policy-source-blockAt')?.dataset.source).toBe('admin');
    expect(q(document, 'policy-source-warnAt')?.dataset.source).toBe('user');
    expect(q(document, 'policy-source-language')?.dataset.source).toBe('default');
  });

  it('without an administrator policy every user-editable key is editable and nothing is "locked"', () => {
    const effective = computeEffectivePolicy({}, { warnAt: 'notice' }, 'none');
    mountPolicySection(document.body, { watch: staticWatch(effective), language: 'de' });
    expect(q<HTMLSelectElement>(document, 'policy-control-warnAt')?.disabled).toBe(false);
    expect(q<HTMLTextAreaElement>(document, 'policy-control-allowTerms')?.disabled).toBe(false);
    expect(q(document, 'policy-managed-notice')).toBeNull();
    // Only the admin may set it: disabled, marked admin-only, not "locked".
    expect(q<HTMLInputElement>(document, 'policy-control-userLabel')?.disabled).toBe(true);
    expect(q(document, 'policy-locked-userLabel')).toBeNull();
  });

  it.each([
    // [admin policy, key, error code]
    [{ blockAt: 'hoch' }, 'blockAt', 'unknown-value'],
    [{ acknowledgeAt: 2 }, 'acknowledgeAt', 'wrong-type'],
    [{ logRetentionDays: 0 }, 'logRetentionDays', 'out-of-range'],
    [{ userMayChange: ['monitorOnly'] }, 'userMayChange', 'unknown-value'],
  ] as const)('an invalid %j is locked at the default with the error next to it', (admin, key, code) => {
    const effective = computeEffectivePolicy(admin, {}, 'managed');
    mountPolicySection(document.body, { watch: staticWatch(effective), language: 'de' });
    const row = q(document, `policy-row-${key}`);
    expect(row?.dataset.locked).toBe('true');
    expect(row?.dataset.source).toBe('admin-invalid');
    const note = q(document, `policy-invalid-${key}`);
    expect(note?.textContent).toContain('Standardwert');
    expect(note?.querySelector('[data-code]')?.getAttribute('data-code')).toBe(code);
    // Counted as set by the administrator.
    expect(q(document, 'policy-managed-notice')?.textContent).toContain(' 1 ');
  });

  it('lists policy errors plainly, without the rejected values', () => {
    const effective = computeEffectivePolicy(
      { reacknowledgeDays: 99999, logEndpoint: { url: 'http://siem.example', token: 'T0P-SECRET' }, warnat: 'x' },
      {},
      'managed',
    );
    mountPolicySection(document.body, { watch: staticWatch(effective), language: 'de' });
    const errors = q(document, 'policy-errors-admin');
    const items = [...(errors?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items).toEqual([
      'Erneute Bestätigung nach (Tagen) (reacknowledgeDays): Außerhalb des erlaubten Bereichs 0–3650; der Standardwert gilt.',
      'Protokoll-Weiterleitung › Adresse (logEndpoint.url): Adresse muss mit https:// beginnen (http nur für localhost); der Standardwert gilt.',
      'warnat: Unbekannte Einstellung; sie wird ignoriert (Tippfehler?).',
    ]);
    expect(document.body.textContent).not.toContain('T0P-SECRET');
    expect(document.body.textContent).not.toContain('99999');
  });

  it('never shows the token, only whether it is set', () => {
    const effective = computeEffectivePolicy(
      { logEndpoint: { url: 'https://siem.example', token: 'T0P-SECRET' } },
      {},
      'managed',
    );
    mountPolicySection(document.body, { watch: staticWatch(effective), language: 'en' });
    expect(q(document, 'policy-control-logEndpoint')?.textContent).toContain('Token: set (hidden)');
    expect(document.body.innerHTML).not.toContain('T0P-SECRET');
  });

  it('follows the policy language: English with language "en"', () => {
    const effective = computeEffectivePolicy({ language: 'en', blockAt: 'high' }, {}, 'managed');
    mountPolicySection(document.body, { watch: staticWatch(effective) });
    expect(q(document, 'policy-locked-blockAt')?.textContent).toBe('Set by your organisation');
    expect(q(document, 'policy-section')?.lang).toBe('en');
  });

  it('saves a changed setting and shows what was refused', async () => {
    const save = vi.fn(async (patch: Record<string, unknown>) =>
      'logRetentionDays' in patch
        ? { saved: [], errors: [{ code: 'out-of-range' as const, path: 'logRetentionDays', min: 1, max: 3650 }] }
        : { saved: Object.keys(patch) as never[], errors: [] },
    );
    mountPolicySection(document.body, {
      watch: staticWatch(computeEffectivePolicy({}, {}, 'none')),
      save,
      language: 'de',
    });

    const warnAt = q<HTMLSelectElement>(document, 'policy-control-warnAt')!;
    warnAt.value = 'high';
    warnAt.dispatchEvent(new Event('change'));
    await settle();
    expect(save).toHaveBeenLastCalledWith({ warnAt: 'high' });
    expect(q(document, 'policy-status-warnAt')?.textContent).toBe('Gespeichert.');

    const sites = q<HTMLInputElement>(document, 'policy-control-sites.facebook')!;
    sites.checked = false;
    sites.dispatchEvent(new Event('change'));
    await settle();
    expect(save).toHaveBeenLastCalledWith({ sites: { whatsapp: true, facebook: false, messenger: true } });

    const days = q<HTMLInputElement>(document, 'policy-control-logRetentionDays')!;
    days.value = '0';
    days.dispatchEvent(new Event('change'));
    await settle();
    const status = q(document, 'policy-status-logRetentionDays');
    expect(status?.dataset.state).toBe('error');
    expect(status?.textContent).toContain('1–3650');
  });

  it('end to end with fakeBrowser: admin policy locks, user change is stored and shown live', async () => {
    await fakeBrowser.storage.managed.set({ blockAt: 'high' });
    const section = mountPolicySection(document.body, { language: 'de' });
    await settle();
    expect(q<HTMLSelectElement>(document, 'policy-control-blockAt')?.disabled).toBe(true);

    // Under a policy allowTerms is locked; custom terms may still be added.
    expect(q<HTMLTextAreaElement>(document, 'policy-control-allowTerms')?.disabled).toBe(true);
    const terms = q<HTMLTextAreaElement>(document, 'policy-control-customTerms')!;
    terms.value = 'Wohngruppe Süd\n\nHaus Linde | special\n';
    terms.dispatchEvent(new Event('change'));
    await settle();
    expect(await userSettingsItem.getValue()).toEqual({
      customTerms: [
        { term: 'Wohngruppe Süd', category: 'custom' },
        { term: 'Haus Linde', category: 'special' },
      ],
    });
    expect(q<HTMLTextAreaElement>(document, 'policy-control-customTerms')?.value).toBe(
      // shown with the localised category names (issue 14), read back as codes above
      'Wohngruppe Süd | Eigener Begriff\nHaus Linde | Besondere Kategorie',
    );

    // The administrator releases allowTerms: now the user may set it.
    await fakeBrowser.storage.managed.set({ blockAt: 'high', userMayChange: ['allowTerms'] });
    await settle();
    const allow = q<HTMLTextAreaElement>(document, 'policy-control-allowTerms')!;
    expect(allow.disabled).toBe(false);
    allow.value = 'Caritas\n\nDiakonie Musterstadt\n';
    allow.dispatchEvent(new Event('change'));
    await settle();
    expect(q<HTMLTextAreaElement>(document, 'policy-control-allowTerms')?.value).toBe('Caritas\nDiakonie Musterstadt');
    expect(q(document, 'policy-source-allowTerms')?.dataset.source).toBe('user');

    section.destroy();
    expect(q(document, 'policy-section')).toBeNull();
  });
});

describe('list editing', () => {
  it('round-trips terms and patterns, keeping "|" inside an expression', () => {
    const patterns = [{ name: 'az', category: 'identifier', pattern: 'AZ-(\\d{4}|\\d{6})' }];
    expect(fromLines('customPatterns', toLines('customPatterns', patterns))).toEqual(patterns);
    const terms = [{ term: 'Haus Linde', category: 'special' }];
    expect(fromLines('customTerms', toLines('customTerms', terms))).toEqual(terms);
    expect(fromLines('customTerms', 'Wohngruppe 3')).toEqual([{ term: 'Wohngruppe 3' }]);
    expect(fromLines('customPatterns', 'az | AZ\\d+')).toEqual([{ name: 'az', pattern: 'AZ\\d+' }]);
  });
});

describe('while the administrator policy is still being read', () => {
  it('nothing is editable yet (the lock that will apply is not known)', () => {
    const effective = computeEffectivePolicy({}, {}, 'pending');
    mountPolicySection(document.body, { watch: staticWatch(effective), language: 'de' });
    expect(q<HTMLSelectElement>(document, 'policy-control-warnAt')?.disabled).toBe(true);
    expect(q<HTMLTextAreaElement>(document, 'policy-control-customTerms')?.disabled).toBe(true);
  });
});
