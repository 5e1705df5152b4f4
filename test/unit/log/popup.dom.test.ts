import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STATUS_QUERY } from '../../../src/messaging/protocol';
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
  // What the content script of tab 5 answers (undefined: no content script there, e.g. after
  // the tab navigated away from WhatsApp).
  it.each([
    [{ site: 'whatsapp', active: true }, 'active', 'Vertraulich schützt diese Seite (WhatsApp Web).'],
    [{ site: 'facebook', active: false }, 'paused', 'Vertraulich ist auf Facebook ausgeschaltet.'],
    // The adapter missed an anchor (a site redesign): a generic guard runs (issue 12).
    [{ site: 'whatsapp', active: true, limited: true }, 'limited', 'Schutz eingeschränkt: WhatsApp Web'],
    [undefined, 'none', 'Auf dieser Seite prüft Vertraulich nichts.'],
  ] as const)('shows the status of the current tab (%j)', async (answer, state, text) => {
    const container = document.createElement('div');
    const asked: number[] = [];
    await mountPopup(container, {
      language: 'de',
      now: () => NOW,
      activeTabId: async () => 5,
      askTab: async (tabId) => {
        asked.push(tabId);
        return answer;
      },
      readRecords: async () => records,
    });
    expect(asked).toEqual([5]);
    const status = container.querySelector<HTMLElement>('[data-testid="popup-status"]')!;
    expect(status.dataset.state).toBe(state);
    expect(status.textContent).toContain(text);
    const today = container.querySelector<HTMLElement>('[data-testid="popup-today"]')!;
    expect(today.dataset.count).toBe('1');
    expect(today.textContent).toBe('Heute bestätigt: 1');
    expect(container.querySelector('[data-testid="popup-today-all"]')!.textContent).toBe('Einträge heute insgesamt: 2');
  });

  it.each([
    ['a valid answer', () => Promise.resolve({ site: 'messenger', active: true }), 'active'],
    ['an answer from something else', () => Promise.resolve({ site: 'example.org', active: true }), 'none'],
    ['no content script (rejected)', () => Promise.reject(new Error('Receiving end does not exist')), 'none'],
    ['a content script that never answers', () => new Promise(() => undefined), 'none'],
  ])('asks the tab’s content script through tabs.sendMessage: %s', async (_label, reply, state) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(reply as never);
    const container = document.createElement('div');
    await mountPopup(container, { language: 'de', activeTabId: async () => 9, readRecords: async () => [] });
    expect(sendMessage).toHaveBeenCalledWith(9, { type: STATUS_QUERY, payload: {} });
    expect(container.querySelector<HTMLElement>('[data-testid="popup-status"]')!.dataset.state).toBe(state);
    sendMessage.mockRestore();
    vi.useRealTimers();
  });

  it('survives failing reads and opens the log in English', async () => {
    const container = document.createElement('div');
    const openLog = vi.fn();
    await mountPopup(container, {
      language: 'en',
      now: () => NOW,
      activeTabId: () => Promise.reject(new Error('no tabs')),
      askTab: () => Promise.reject(new Error('no answer')),
      readRecords: () => Promise.reject(new Error('no log')),
      openLog,
    });
    expect(container.querySelector('[data-testid="popup-today"]')!.textContent).toBe('Acknowledged today: 0');
    container.querySelector<HTMLButtonElement>('[data-testid="popup-open-log"]')!.click();
    expect(openLog).toHaveBeenCalled();
  });
});
