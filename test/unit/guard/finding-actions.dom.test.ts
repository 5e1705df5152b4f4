/**
 * The panel's finding buttons and fixes, wired through the guard: selecting marks the span in
 * the draft without touching the editor's DOM; a fix selects the span and hands the edit to
 * the editor's own input path (execCommand insertText / delete → beforeinput → Lexical).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGuard } from '../../../src/guard/start-guard';
import { fixedPolicy } from '../../../src/guard/policy-source';
import type { GuardEvent } from '../../../src/messaging/protocol';
import type { Policy } from '../../../src/policy/types';
import { buildPage, fakeAdapter, fakeScan, setDraft } from './fake-site';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
  vi.restoreAllMocks();
});

function setup(policy: Partial<Policy> = {}, trusted = true) {
  buildPage(document, ['chat']);
  const controller = new AbortController();
  cleanup.push(() => controller.abort());
  const records: GuardEvent[] = [];
  const guard = startGuard({
    adapter: fakeAdapter(),
    scan: fakeScan,
    policy: fixedPolicy({ language: 'de', ...policy }),
    record: async (event) => {
      records.push(event);
      return { ok: true, id: 'x' };
    },
    signal: controller.signal,
    isTrusted: () => trusted,
    discoveryThrottle: 0,
    scanDelay: 0,
  });
  const editor = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
  const panel = () => document.querySelector('vertraulich-panel')?.shadowRoot ?? null;
  return { guard, editor, panel, records };
}

const frame = () => new Promise((resolve) => setTimeout(resolve, 40));

async function typed(s: ReturnType<typeof setup>, text: string) {
  setDraft(s.editor, text);
  await frame();
  s.guard.flush();
  await vi.waitFor(() => expect(s.panel()).not.toBeNull());
}

describe('finding buttons', () => {
  it('activating a finding selects its span in the draft and leaves the editor untouched', async () => {
    const s = await (async () => {
      const s = setup();
      await typed(s, 'Hallo Frau Becker, Ihre Depression und der Termin beim Jobcenter');
      return s;
    })();
    const before = s.editor.innerHTML;
    s.panel()!.querySelector<HTMLButtonElement>('[data-finding="1"]')!.click();
    expect(document.getSelection()!.toString()).toBe('Depression');
    expect(s.editor.innerHTML).toBe(before);
    expect(s.panel()!.querySelector('[data-why]')!.textContent).toBe(
      'Gesundheitsangabe: Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO)',
    );
  });

  it('an untrusted activation selects nothing', async () => {
    const s = setup({}, false);
    await typed(s, 'Hallo Frau Becker, Ihre Depression');
    document.getSelection()!.removeAllRanges();
    s.panel()!.querySelector<HTMLButtonElement>('[data-finding="0"]')!.click();
    expect(document.getSelection()!.toString()).toBe('');
  });
});

describe('one-click fixes go through the editor input path', () => {
  it('„Als Initial schreiben“ selects the name and inserts the initial with insertText', async () => {
    const s = setup();
    await typed(s, 'Hallo Frau Becker, Ihre Depression');
    const calls: Array<[string, string | undefined, string]> = [];
    const exec = (command: string, _ui?: boolean, value?: string) => {
      calls.push([command, value, document.getSelection()!.toString()]);
      return true;
    };
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    cleanup.push(() => delete (document as unknown as Record<string, unknown>).execCommand);
    const before = s.editor.innerHTML;
    const fix = s.panel()!.querySelector<HTMLButtonElement>('[data-fix="0"]')!;
    expect(fix.textContent).toBe('Als Initial schreiben');
    fix.click();
    await vi.waitFor(() => expect(calls).toEqual([['insertText', 'B.', 'Becker']]));
    // The guard itself changed nothing in the editor: the edit is the editor's to make.
    expect(s.editor.innerHTML).toBe(before);
    expect(document.activeElement).toBe(s.editor);
  });

  it('„Entfernen“ selects the identifier (and the space before it) and deletes', async () => {
    const s = setup();
    await typed(s, 'Ihre Rentenversicherungsnummer 65 170839 J 00 4 und Depression');
    const calls: Array<[string, string]> = [];
    Object.defineProperty(document, 'execCommand', {
      value: (command: string) => {
        calls.push([command, document.getSelection()!.toString()]);
        return true;
      },
      configurable: true,
    });
    cleanup.push(() => delete (document as unknown as Record<string, unknown>).execCommand);
    const remove = s.panel()!.querySelector<HTMLButtonElement>('[data-fix]')!;
    expect(remove.textContent).toBe('Entfernen');
    remove.click();
    await vi.waitFor(() => expect(calls).toEqual([['delete', ' 65 170839 J 00 4']]));
  });

  it('an untrusted click on a fix does nothing', async () => {
    const s = setup({}, false);
    await typed(s, 'Hallo Frau Becker, Ihre Depression');
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    cleanup.push(() => delete (document as unknown as Record<string, unknown>).execCommand);
    s.panel()!.querySelector<HTMLButtonElement>('[data-fix="0"]')!.click();
    await frame();
    expect(exec).not.toHaveBeenCalled();
  });
});

describe('notices', () => {
  it('a closed notice stays closed while the findings stay the same, and returns with new ones', async () => {
    const s = setup({ warnAt: 'notice' });
    await typed(s, 'Hallo Frau Becker');
    expect(s.panel()!.querySelector('section')!.getAttribute('data-mode')).toBe('notice');
    s.panel()!.querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
    expect(s.panel()).toBeNull();
    setDraft(s.editor, 'Hallo Frau Becker!');
    await frame();
    s.guard.flush();
    expect(s.panel()).toBeNull();
    setDraft(s.editor, 'Hallo Frau Becker, Ihre Depression');
    await frame();
    s.guard.flush();
    await vi.waitFor(() => expect(s.panel()).not.toBeNull());
  });

  it('reporting a notice as a false alarm closes it', async () => {
    const s = setup({ warnAt: 'notice' });
    await typed(s, 'Hallo Frau Becker');
    s.panel()!.querySelector<HTMLButtonElement>('[data-action="false-alarm"]')!.click();
    expect(s.panel()).toBeNull();
    expect(s.records.map((r) => r.decision)).toEqual(['false-alarm']);
  });
});

describe('compact panel', () => {
  it('turns compact when the window becomes small (zoom), and back', async () => {
    const s = setup();
    await typed(s, 'Hallo Frau Becker, Ihre Depression');
    const compact = () => s.panel()!.querySelector('section')!.getAttribute('data-compact');
    expect(compact()).toBe('false');
    const size = { innerWidth: window.innerWidth, innerHeight: window.innerHeight };
    cleanup.push(() => Object.assign(window, size));
    Object.assign(window, { innerWidth: 550, innerHeight: 360 });
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(compact()).toBe('true'));
    Object.assign(window, { innerWidth: 1280, innerHeight: 720 });
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(compact()).toBe('false'));
  });
});
