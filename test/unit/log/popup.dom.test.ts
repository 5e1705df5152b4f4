import { describe, expect, it, vi } from 'vitest';
import type { LogRecord } from '../../../src/log/record';
import { mountPopup } from '../../../src/ui/popup/mount-popup';

const NOW = new Date(2026, 10, 29, 15).getTime();

function rec(seq: number, time: number, decision: LogRecord['decision'] = 'acknowledged'): LogRecord {
  return {
    v: 1,
    seq,
    id: `r${seq}`,
    time: new Date(time).toISOString(),
    decision,
    site: 'whatsapp',
    surface: 'chat',
    severity: 'warn',
    categories: {},
    kinds: {},
    policyVersion: 'p',
    extensionVersion: '1',
    prevHash: '',
    hash: '',
  };
}

const records = [rec(1, NOW - 3600_000), rec(2, NOW - 7200_000, 'edited'), rec(3, NOW - 2 * 86_400_000)];

describe('popup', () => {
  it.each([
    [
      { 5: { site: 'whatsapp' as const, active: true, at: NOW } },
      'active',
      'Vertraulich schützt diese Seite (WhatsApp Web).',
    ],
    [
      { 5: { site: 'facebook' as const, active: false, at: NOW } },
      'paused',
      'Vertraulich ist auf Facebook ausgeschaltet.',
    ],
    [{ 6: { site: 'whatsapp' as const, active: true, at: NOW } }, 'none', 'Auf dieser Seite prüft Vertraulich nichts.'],
  ])('shows the status of the current tab (%j)', async (statuses, state, text) => {
    const container = document.createElement('div');
    await mountPopup(container, {
      language: 'de',
      now: () => NOW,
      activeTabId: async () => 5,
      readTabStatus: async () => statuses,
      readRecords: async () => records,
    });
    const status = container.querySelector<HTMLElement>('[data-testid="popup-status"]')!;
    expect(status.dataset.state).toBe(state);
    expect(status.textContent).toContain(text);
    const today = container.querySelector<HTMLElement>('[data-testid="popup-today"]')!;
    expect(today.dataset.count).toBe('1');
    expect(today.textContent).toBe('Heute bestätigt: 1');
    expect(container.querySelector('[data-testid="popup-today-all"]')!.textContent).toBe('Einträge heute insgesamt: 2');
  });

  it('survives failing reads and opens the log in English', async () => {
    const container = document.createElement('div');
    const openLog = vi.fn();
    await mountPopup(container, {
      language: 'en',
      now: () => NOW,
      activeTabId: () => Promise.reject(new Error('no tabs')),
      readTabStatus: () => Promise.reject(new Error('no session')),
      readRecords: () => Promise.reject(new Error('no log')),
      openLog,
    });
    expect(container.querySelector('[data-testid="popup-today"]')!.textContent).toBe('Acknowledged today: 0');
    container.querySelector<HTMLButtonElement>('[data-testid="popup-open-log"]')!.click();
    expect(openLog).toHaveBeenCalled();
  });
});
