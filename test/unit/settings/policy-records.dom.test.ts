import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startBackground } from '../../../src/background/main';
import { readLog, verifyLog } from '../../../src/log/store';
import { computeEffectivePolicy } from '../../../src/policy/effective';
import { userSettingsItem } from '../../../src/settings/items';
import { changedUserKeys, policyInvalidEvent } from '../../../src/settings/policy-records';
import { LOG_DECISIONS, POLICY_DECISIONS, policyRecordEvent, validateEvent } from '../../../src/log/record';
import { logDe, logEn } from '../../../src/ui/options/log-strings';

async function settle(ms = 50) {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, ms / 10));
}

describe('policyInvalidEvent', () => {
  it('names keys and codes, never the refused value', () => {
    const effective = computeEffectivePolicy(
      { blockAt: 'hoch', logEndpoint: { url: 'http://siem.example', token: 'T0P-SECRET' }, warnat: 'x' },
      {},
      'managed',
    );
    const event = policyInvalidEvent(effective);
    expect(event).toEqual({
      decision: 'policy-invalid',
      policyKeys: ['blockAt', 'logEndpoint', 'warnat'],
      policyErrors: ['blockAt:unknown-value', 'logEndpoint.url:insecure-url', 'warnat:unknown-key'],
      eventId: `policy-invalid-${effective.fingerprint}`,
    });
    expect(JSON.stringify(event)).not.toMatch(/hoch|T0P|siem/);
  });

  it.each([
    // Near-misses: nothing to report.
    [{ blockAt: 'high' }, 'managed'],
    [{}, 'none'],
    // A user's bad value is the user's business, not IT's.
  ] as const)('%j (%s) → no record', (admin, state) => {
    expect(policyInvalidEvent(computeEffectivePolicy(admin, { warnAt: 'laut' }, state))).toBeNull();
  });
});

describe('changedUserKeys', () => {
  const managed = computeEffectivePolicy({ blockAt: 'high', userMayChange: ['language'] }, {}, 'managed');
  const open = computeEffectivePolicy({}, {}, 'none');
  it.each([
    [{}, { language: 'en' }, managed, ['language']],
    // A locked key's stored value changes nothing, so it is no settings change.
    [{}, { warnAt: 'off' }, managed, []],
    // Custom terms may always be added.
    [{}, { customTerms: [{ term: 'Haus Linde', category: 'custom' }] }, managed, ['customTerms']],
    [{ warnAt: 'high' }, { warnAt: 'off', allowTerms: ['x'] }, open, ['warnAt', 'allowTerms']],
    [{ warnAt: 'high' }, { warnAt: 'high' }, open, []],
    [{ warnAt: 'high' }, {}, open, ['warnAt']],
  ] as const)('%j → %j', (before, after, effective, keys) => {
    expect(changedUserKeys(before, after, effective)).toEqual(keys);
  });
});

describe('the background writes policy records', () => {
  const stops: Array<() => void> = [];
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('policy-invalid once per fingerprint, with no page open; settings-changed after a user change', async () => {
    await fakeBrowser.storage.managed.set({ blockAt: 'hoch', userLabel: 'team-nord-07', userMayChange: ['language'] });
    stops.push(startBackground());
    await settle(200);
    let records = (await readLog()).records;
    expect(records.map((r) => r.decision)).toEqual(['policy-invalid']);
    expect(records[0]).toMatchObject({
      policyKeys: ['blockAt'],
      policyErrors: ['blockAt:unknown-value'],
      userLabel: 'team-nord-07',
      severity: 'none',
    });
    expect(records[0]?.site).toBeUndefined();
    expect(JSON.stringify(records)).not.toContain('hoch');

    // The worker ends and starts again with the same policy: no second record.
    stops.pop()?.();
    stops.push(startBackground());
    await settle(200);
    expect((await readLog()).records).toHaveLength(1);

    // The user changes a released setting, then tries a locked one.
    await userSettingsItem.setValue({ language: 'en' });
    await settle(100);
    await userSettingsItem.setValue({ language: 'en', allowTerms: ['Jugendamt'] });
    await settle(100);
    records = (await readLog()).records;
    const changes = records.filter((r) => r.decision === 'settings-changed');
    expect(changes.map((r) => r.policyKeys)).toEqual([['language']]);
    expect(JSON.stringify(changes)).not.toContain('Jugendamt');

    // A different invalid policy: a new record.
    await fakeBrowser.storage.managed.set({ blockAt: 'high', acknowledgeAt: 2 });
    await settle(200);
    records = (await readLog()).records;
    expect(records.filter((r) => r.decision === 'policy-invalid').map((r) => r.policyErrors)).toEqual([
      ['blockAt:unknown-value'],
      ['acknowledgeAt:wrong-type'],
    ]);
    expect((await verifyLog()).ok).toBe(true);
  });
});

describe('policy decisions in the log vocabulary', () => {
  it.each(POLICY_DECISIONS)('a content script cannot send %s', (decision) => {
    const event = { decision, site: 'whatsapp', surface: 'chat', severity: 'none', eventId: 'evt-00000001', time: 1 };
    expect(validateEvent(event)).toEqual({ ok: false, error: 'invalid decision' });
  });

  it.each(LOG_DECISIONS)('%s has a German and an English label', (decision) => {
    expect(logDe[`decision.${decision}`]).toBeTruthy();
    expect(logEn[`decision.${decision}`]).toBeTruthy();
  });

  it('policyRecordEvent keeps only schema-like names (a stray value cannot pass)', () => {
    const event = policyRecordEvent('settings-changed', ['warnAt', 'Frau Sommer hat Depression', 'sites'], 'e-1234567');
    expect(event.policyKeys).toEqual(['warnAt', 'sites']);
  });
});
