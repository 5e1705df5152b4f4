import { describe, expect, it, vi } from 'vitest';
import { createWarningPanel, wantsCompact, type PanelContent } from '../../../src/ui/warning-panel';
import { channelAdvice } from '../../../src/ui/channel-advice';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';

const content = (overrides: Partial<PanelContent> = {}): PanelContent => ({
  mode: 'warn',
  items: [
    { label: 'Name', count: 1 },
    { label: 'Gesundheitsangabe', count: 2 },
  ],
  findings: [
    { label: 'Name', why: 'Name: nennt eine Person', fix: 'initial' },
    { label: 'Gesundheitsangabe', why: 'Gesundheitsangabe: besonders geschützt', fix: null },
    { label: 'Gesundheitsangabe', why: 'Gesundheitsangabe: besonders geschützt', fix: null },
  ],
  advice: channelAdvice(DEFAULT_POLICY, 'de'),
  language: 'de',
  falseAlarmReported: false,
  highlighted: true,
  ...overrides,
});

describe('warning panel', () => {
  it('says what was found, that it does not belong here and where it does', () => {
    const panel = createWarningPanel(document, () => {});
    document.body.append(panel.host);
    panel.update(content());
    const text = panel.root.textContent!;
    expect(text).toMatch(/Achtung: vertrauliche Angaben erkannt/);
    expect(text).toMatch(/gehören nicht in diesen Kanal/);
    expect(text).toMatch(/verschlüsselte Beratungsplattform/);
    const button = panel.root.querySelector('button[data-action="false-alarm"]')!;
    expect(button.textContent).toBe('Kein sensibler Inhalt? Fehlalarm melden');
    expect(button.getAttribute('type')).toBe('button');
  });

  it('lists the findings as buttons, numbered per label, with a fix where one makes sense', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content());
    const list = panel.root.querySelector('ul.findings')!;
    expect(list.getAttribute('aria-label')).toMatch(/Fundstellen/);
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button[data-finding]')];
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Name',
      'Gesundheitsangabe (1 von 2)',
      'Gesundheitsangabe (2 von 2)',
    ]);
    expect(buttons.every((button) => button.type === 'button')).toBe(true);
    const fixes = [...list.querySelectorAll('button[data-fix]')];
    expect(fixes.map((fix) => [fix.getAttribute('data-fix'), fix.textContent])).toEqual([
      ['0', 'Als Initial schreiben'],
    ]);
  });

  it('activating a finding shows why it matters and asks the guard to select it', () => {
    const onSelect = vi.fn();
    const onFix = vi.fn();
    const panel = createWarningPanel(document, { onFalseAlarm: () => {}, onSelect, onFix });
    panel.update(content());
    const why = panel.root.querySelector<HTMLElement>('[data-why]')!;
    expect(why.hidden).toBe(true);
    panel.root.querySelector<HTMLButtonElement>('[data-finding="1"]')!.click();
    expect(onSelect).toHaveBeenCalledWith(1, expect.any(Event));
    expect(panel.root.querySelector<HTMLElement>('[data-why]')!.textContent).toBe(
      'Gesundheitsangabe: besonders geschützt',
    );
    expect(panel.root.querySelector<HTMLElement>('[data-why]')!.hidden).toBe(false);
    expect(panel.root.querySelector('[data-finding="1"]')!.getAttribute('aria-pressed')).toBe('true');
    panel.root.querySelector<HTMLButtonElement>('[data-fix="0"]')!.click();
    expect(onFix).toHaveBeenCalledWith(0, expect.any(Event));
  });

  it('announces once per change of findings, without contact details', () => {
    const panel = createWarningPanel(document, () => {});
    const advice = channelAdvice(
      {
        approvedChannel: { name: '', url: '' },
        contactPerson: { name: 'P. Muster', email: 'p@x.example', phone: '030 1' },
      },
      'de',
    );
    panel.update(content({ advice }));
    const live = panel.root.querySelectorAll('[aria-live]');
    expect(live).toHaveLength(1);
    const status = live[0]!;
    expect(status.textContent).toBe('Vertraulich: Name, Gesundheitsangabe gefunden.');
    expect(status.textContent).not.toMatch(/Muster|p@x|030/);
    // The panel's links sit outside the live region.
    expect(status.querySelector('a')).toBeNull();
    const node = status.firstChild;
    // The same findings again (a rescan, a re-render for other reasons): no new announcement.
    panel.update(content({ advice, highlighted: false }));
    expect(status.firstChild).toBe(node);
    panel.update(content({ advice, items: [{ label: 'Name', count: 1 }] }));
    expect(status.textContent).toBe('Vertraulich: Name gefunden.');
  });

  it('a notice says plainly that sending is fine, without the channel warning, and can be closed', () => {
    const onClose = vi.fn();
    const panel = createWarningPanel(document, { onFalseAlarm: () => {}, onClose });
    panel.update(content({ mode: 'notice' }));
    const section = panel.root.querySelector('section')!;
    expect(section.getAttribute('data-mode')).toBe('notice');
    expect(section.textContent).toMatch(/Sie können so senden/);
    expect(section.textContent).not.toMatch(/Achtung/);
    expect(section.textContent).not.toMatch(/gehören nicht in diesen Kanal/);
    const close = panel.root.querySelector<HTMLButtonElement>('[data-action="close"]')!;
    expect(close.getAttribute('aria-label')).toBe('Hinweis schließen');
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    // A warning is not closable.
    panel.update(content());
    expect(panel.root.querySelector('[data-action="close"]')).toBeNull();
  });

  it('a consent notice for a public post says consent will be asked', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content({ mode: 'notice', consent: true }));
    expect(panel.root.textContent).toMatch(/schriftlichen Einwilligung gefragt/);
  });

  it('compact: one line with the labels, expandable', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content({ compact: true }));
    const body = panel.root.querySelector<HTMLElement>('.body')!;
    expect(body.hidden).toBe(true);
    expect(panel.root.querySelector('.title')!.textContent).toMatch(/Name, Gesundheitsangabe/);
    const toggle = panel.root.querySelector<HTMLButtonElement>('[data-action="expand"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(panel.root.querySelector<HTMLElement>('.body')!.hidden).toBe(false);
    expect(panel.root.querySelector('[data-action="expand"]')!.getAttribute('aria-expanded')).toBe('true');
    expect(wantsCompact({ innerWidth: 550, innerHeight: 360 })).toBe(true); // 1100×720 at 200 %
    expect(wantsCompact({ innerWidth: 1280, innerHeight: 720 })).toBe(false);
  });

  it('a failed check says so and offers no false-alarm report', () => {
    const panel = createWarningPanel(document, () => {});
    panel.update(content({ mode: 'failed', items: [], findings: [] }));
    expect(panel.root.textContent).toMatch(/Die Prüfung ist fehlgeschlagen/);
    expect(panel.root.querySelector('[data-action="false-alarm"]')).toBeNull();
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
