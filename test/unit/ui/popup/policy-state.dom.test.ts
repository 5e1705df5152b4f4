import { describe, expect, it } from 'vitest';
import { computeEffectivePolicy } from '../../../../src/policy/effective';
import { mountPopup } from '../../../../src/ui/popup/mount-popup';
import { policyStateDe, policyStateEn } from '../../../../src/ui/popup/policy-state-strings';

async function popup(admin: unknown, language: 'de' | 'en' = 'de') {
  const container = document.createElement('div');
  await mountPopup(container, {
    language,
    activeTabId: async () => 5,
    askTab: async () => ({ site: 'whatsapp', active: true }),
    readRecords: async () => [],
    loadPolicy: async () => computeEffectivePolicy(admin, {}, 'managed'),
  });
  const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { status: q('popup-status'), observation: q('popup-observation'), problem: q('popup-policy-problem') };
}

describe('popup: policy state', () => {
  it('strings have the same keys in German and English', () => {
    expect(Object.keys(policyStateEn).sort()).toEqual(Object.keys(policyStateDe).sort());
  });

  it('discloses observation mode and does not claim protection', async () => {
    const { status, observation } = await popup({ monitorOnly: true });
    expect(observation?.textContent).toContain('Beobachtungsphase: es wird nur protokolliert');
    expect(status?.dataset.state).toBe('observing');
    expect(status?.textContent).not.toContain('schützt');
  });

  it('in English too', async () => {
    const { observation, status } = await popup({ monitorOnly: true }, 'en');
    expect(observation?.textContent).toContain('Observation phase: decisions are only logged');
    expect(status?.textContent).not.toContain('protects');
  });

  it.each([
    // Near-misses: enforcing policies and no policy say "schützt" and no observation line.
    [{ monitorOnly: false }],
    [{}],
    [{ blockAt: 'high' }],
  ])('an enforcing policy %j keeps the ordinary status line', async (admin) => {
    const { status, observation } = await popup(admin);
    expect(observation).toBeNull();
    expect(status?.dataset.state).toBe('active');
    expect(status?.textContent).toContain('schützt');
  });

  it('names a policy problem', async () => {
    expect((await popup({ blockAt: 'hoch' })).problem).not.toBeNull();
    expect((await popup({ blockAt: 'high' })).problem).toBeNull();
  });
});
