import { describe, expect, it } from 'vitest';
import { badgeLook, badgeState, startBadge } from '../../../src/background/badge';
import { computeEffectivePolicy } from '../../../src/policy/effective';

const eff = (admin: unknown) => computeEffectivePolicy(admin, {}, 'managed');

describe('badge state', () => {
  it.each([
    // [admin policy, site of the tab, state]
    [{}, null, 'normal'],
    [{}, 'whatsapp', 'normal'],
    [{ monitorOnly: true }, null, 'observing'],
    [{ blockAt: 'hoch' }, null, 'policy-problem'],
    // A problem outranks observation: the pilot may not be running as planned.
    [{ blockAt: 'hoch', monitorOnly: true }, null, 'policy-problem'],
    [{ sites: { whatsapp: false, facebook: true, messenger: true } }, 'whatsapp', 'off-here'],
    // Near-miss: WhatsApp off, but the tab shows Facebook.
    [{ sites: { whatsapp: false, facebook: true, messenger: true } }, 'facebook', 'normal'],
    // No protection at all here outranks everything.
    [
      { sites: { whatsapp: false, facebook: true, messenger: true }, monitorOnly: true, blockAt: 'x' },
      'whatsapp',
      'off-here',
    ],
  ] as const)('%j on %s → %s', (admin, site, state) => {
    expect(badgeState(eff(admin), site)).toBe(state);
  });

  it('texts follow the policy language', () => {
    expect(badgeLook('observing', eff({ language: 'de' })).text).toBe('BEOB');
    expect(badgeLook('observing', eff({ language: 'en' })).text).toBe('OBS');
    expect(badgeLook('normal', eff({})).text).toBe('');
  });

  it('sets the global badge from the policy and a tab badge for a switched-off site', async () => {
    const calls: string[] = [];
    const action = {
      setBadgeText: async (d: { text: string; tabId?: number }) => void calls.push(`${d.tabId ?? '*'}:${d.text}`),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    };
    const show = startBadge(new AbortController().signal, {
      action,
      askTab: async () => ({ site: 'whatsapp' }),
    });
    show(eff({ monitorOnly: true, language: 'en' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toContain('*:OBS');
    show(eff({ sites: { whatsapp: false, facebook: true, messenger: true }, language: 'en' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toContain('*:');
  });
});
