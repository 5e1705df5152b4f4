import { describe, expect, it, vi } from 'vitest';
import { createWarningPanel, type PanelContent } from '../../../src/ui/warning-panel';
import { channelAdvice } from '../../../src/ui/channel-advice';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';

const content = (overrides: Partial<PanelContent> = {}): PanelContent => ({
  mode: 'warn',
  items: [
    { label: 'Name', count: 1 },
    { label: 'Gesundheitsangabe', count: 2 },
  ],
  advice: channelAdvice(DEFAULT_POLICY, 'de'),
  language: 'de',
  falseAlarmReported: false,
  highlighted: true,
  ...overrides,
});

describe('warning panel', () => {
  it('says what was found, that it does not belong here and where it does, in a polite live region', () => {
    const panel = createWarningPanel(document, () => {});
    document.body.append(panel.host);
    panel.update(content());
    const status = panel.root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toMatch(/Achtung: vertrauliche Angaben erkannt/);
    expect(status.textContent).toMatch(/Name: 1/);
    expect(status.textContent).toMatch(/Gesundheitsangabe: 2/);
    expect(status.textContent).toMatch(/gehören nicht in diesen Kanal/);
    expect(status.textContent).toMatch(/verschlüsselte Beratungsplattform/);
    // The button is outside the live region and a real, keyboard-reachable button.
    const button = panel.root.querySelector('button[data-action="false-alarm"]')!;
    expect(status.contains(button)).toBe(false);
    expect(button.textContent).toBe('Kein sensibler Inhalt? Fehlalarm melden');
    expect(button.getAttribute('type')).toBe('button');
  });

  it('a notice is a quiet hint without the channel warning', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content({ mode: 'notice' }));
    const section = panel.root.querySelector('section')!;
    expect(section.getAttribute('data-mode')).toBe('notice');
    expect(section.textContent).toMatch(/Hinweis/);
    expect(section.textContent).not.toMatch(/Achtung/);
    expect(section.textContent).not.toMatch(/gehören nicht in diesen Kanal/);
  });

  it('a failed check says so and offers no false-alarm report', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content({ mode: 'failed', items: [] }));
    expect(panel.root.textContent).toMatch(/Die Prüfung ist fehlgeschlagen/);
    expect(panel.root.querySelector('[data-action="false-alarm"]')).toBeNull();
  });

  it('does not rewrite the live region when nothing changed (no repeated announcements)', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content());
    const first = panel.root.querySelector('[role="status"] p');
    panel.update(content());
    expect(panel.root.querySelector('[role="status"] p')).toBe(first);
    panel.update(content({ items: [{ label: 'Name', count: 2 }] }));
    expect(panel.root.querySelector('[role="status"] p')).not.toBe(first);
  });

  it('calls back on the false-alarm button and thanks after the report', () => {
    const onFalseAlarm = vi.fn();
    const panel = createWarningPanel(document, onFalseAlarm);
    panel.update(content());
    panel.root.querySelector<HTMLButtonElement>('[data-action="false-alarm"]')!.click();
    expect(onFalseAlarm).toHaveBeenCalledTimes(1);
    panel.update(content({ falseAlarmReported: true }));
    expect(panel.root.textContent).toMatch(/als Fehlalarm gemeldet/);
  });

  it('follows Facebook dark mode', () => {
    document.documentElement.classList.add('__fb-dark-mode');
    try {
      const panel = createWarningPanel(document, () => {});
      panel.update(content());
      expect(panel.host.getAttribute('data-theme')).toBe('dark');
    } finally {
      document.documentElement.classList.remove('__fb-dark-mode');
    }
    const light = createWarningPanel(document, () => {});
    light.update(content());
    expect(light.host.getAttribute('data-theme')).toBe('light');
  });

  it('in English', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content({ language: 'en', advice: channelAdvice(DEFAULT_POLICY, 'en') }));
    expect(panel.root.textContent).toMatch(/Caution: confidential information detected/);
    expect(panel.root.textContent).toMatch(/Not sensitive\? Report a false alarm/);
  });
});
