/**
 * Issue 12, findings 1, 8 and 9: every way to send goes through the same decision, and only the
 * user's own (trusted) input can open the acknowledgement flow or write a record. Events made
 * with `new KeyboardEvent(…)` here are untrusted, like a page script's; where a test needs the
 * user's input it injects `isTrusted` for exactly the events it marks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGuard, type GuardOptions } from '../../../src/guard/start-guard';
import { fixedPolicy } from '../../../src/guard/policy-source';
import type { GuardEvent } from '../../../src/messaging/protocol';
import type { Policy } from '../../../src/policy/types';
import { BENIGN, SENSITIVE, buildPage, fakeAdapter, fakeScan, sentTexts, setDraft } from './fake-site';

/** Events the test marks as the user's; everything else is a page script's. */
const userEvents = new WeakSet<Event>();
const asUser = <T extends Event>(event: T): T => (userEvents.add(event), event);

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
  document.body.innerHTML = '';
});

function setup(policy: Partial<Policy> = {}, extra: Partial<GuardOptions> = {}) {
  buildPage(document, ['chat']);
  const records: GuardEvent[] = [];
  const controller = new AbortController();
  cleanup.push(() => controller.abort());
  const guard = startGuard({
    adapter: fakeAdapter(),
    scan: fakeScan,
    policy: fixedPolicy({ language: 'de', ...policy }),
    record: async (event) => {
      records.push(event);
      return { ok: true, id: String(records.length) };
    },
    signal: controller.signal,
    isTrusted: (event) => userEvents.has(event),
    discoveryThrottle: 0,
    ...extra,
  });
  const editor = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
  const control = document.querySelector<HTMLElement>('button[data-send]')!;
  const dialog = () => document.querySelector('vertraulich-dialog')?.shadowRoot ?? null;
  return { guard, records, editor, control, dialog };
}

const key = (type: 'keydown' | 'keyup', init: KeyboardEventInit) =>
  new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const ACTIVATION_KEYS: Array<[string, KeyboardEventInit]> = [
  ['Enter', { key: 'Enter', code: 'Enter', keyCode: 13 }],
  ['NumpadEnter', { key: 'Enter', code: 'NumpadEnter', keyCode: 13 }],
  ['Space', { key: ' ', code: 'Space', keyCode: 32 }],
];

describe('keyboard activation of the send control itself (finding 1)', () => {
  it.each(ACTIVATION_KEYS)('%s on the focused send control: stopped, dialog open', (_name, init) => {
    const s = setup();
    setDraft(s.editor, SENSITIVE);
    const down = asUser(key('keydown', init));
    s.control.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(s.dialog()).not.toBeNull();
    expect(sentTexts(document)).toEqual([]);
  });

  it('Space activates on keyup: the keyup on the control is stopped too', () => {
    const s = setup();
    setDraft(s.editor, SENSITIVE);
    const up = asUser(key('keyup', { key: ' ', code: 'Space' }));
    s.control.dispatchEvent(up);
    expect(up.defaultPrevented).toBe(true);
  });

  it.each(ACTIVATION_KEYS)('%s on the control with a benign draft passes', (_name, init) => {
    const s = setup();
    setDraft(s.editor, BENIGN);
    const down = asUser(key('keydown', init));
    s.control.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(false);
    expect(s.dialog()).toBeNull();
  });

  // Near-misses: keys that activate nothing, and Space typed in the composer (a word gap).
  it.each([
    ['Tab on the control', 'control', { key: 'Tab' }],
    ['a letter on the control', 'control', { key: 'a' }],
    ['Space in the composer', 'editor', { key: ' ', code: 'Space' }],
  ] as const)('%s is not a send', (_name, where, init) => {
    const s = setup();
    setDraft(s.editor, SENSITIVE);
    const down = asUser(key('keydown', init));
    (where === 'control' ? s.control : s.editor).dispatchEvent(down);
    expect(down.defaultPrevented).toBe(false);
    expect(s.dialog()).toBeNull();
  });
});

describe('forged (untrusted) events (finding 8)', () => {
  it('300 synthetic Enters on a sensitive draft: nothing sent, no dialog, no record', async () => {
    const s = setup({ blockAt: 'warn' });
    setDraft(s.editor, SENSITIVE);
    for (let i = 0; i < 300; i++) {
      const event = key('keydown', { key: 'Enter' });
      s.editor.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    }
    await tick();
    expect(s.records).toEqual([]);
    expect(s.dialog()).toBeNull();
    expect(sentTexts(document)).toEqual([]);
  });

  it.each([
    [
      'a click on the control',
      (s: ReturnType<typeof setup>) =>
        s.control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
    ],
    ['control.click()', (s: ReturnType<typeof setup>) => s.control.click()],
    ['Space on the control', (s: ReturnType<typeof setup>) => s.control.dispatchEvent(key('keydown', { key: ' ' }))],
  ])('%s by a script: swallowed, no dialog, no record', async (_name, act) => {
    const s = setup();
    setDraft(s.editor, SENSITIVE);
    act(s);
    await tick();
    expect(sentTexts(document)).toEqual([]);
    expect(s.dialog()).toBeNull();
    expect(s.records).toEqual([]);
  });

  it('monitorOnly: a synthetic send passes (as the user’s would) but writes no `monitored` record', async () => {
    const s = setup({ monitorOnly: true });
    setDraft(s.editor, SENSITIVE);
    s.control.click();
    await tick();
    expect(sentTexts(document)).toEqual([SENSITIVE]);
    expect(s.records).toEqual([]);
  });

  it('a synthetic send of a benign draft is not the guard’s business', () => {
    const s = setup();
    setDraft(s.editor, BENIGN);
    s.control.click();
    expect(sentTexts(document)).toEqual([BENIGN]);
  });

  it('a synthetic Escape in the open dialog writes no `edited` record and keeps the dialog', async () => {
    const s = setup();
    setDraft(s.editor, SENSITIVE);
    s.editor.dispatchEvent(asUser(key('keydown', { key: 'Enter' })));
    expect(s.dialog()).not.toBeNull();
    window.dispatchEvent(key('keydown', { key: 'Escape' }));
    await tick();
    expect(s.dialog()).not.toBeNull();
    expect(s.records).toEqual([]);
    // The page removing the dialog is not the user's choice either.
    document.querySelector('vertraulich-dialog')!.remove();
    window.dispatchEvent(asUser(key('keydown', { key: 'a' })));
    await tick();
    expect(s.records).toEqual([]);
  });
});

describe('the draft is compared after the record is saved, right before the send (finding 9)', () => {
  it('a page script changing the draft while the record is written: not sent under the old acknowledgement', async () => {
    let editor: HTMLElement | null = null;
    const s = setup(
      {},
      {
        record: async () => {
          // The page edits the draft between the user's confirmation and our re-send.
          setDraft(editor!, `${SENSITIVE} und noch mehr`);
          return { ok: true, id: '1' };
        },
      },
    );
    editor = s.editor;
    setDraft(s.editor, SENSITIVE);
    s.editor.dispatchEvent(asUser(key('keydown', { key: 'Enter' })));
    const dialog = s.dialog()!;
    const box = dialog.querySelector<HTMLInputElement>('[data-reason="false-alarm"]')!;
    box.checked = true;
    box.dispatchEvent(asUser(new Event('change')));
    const send = dialog.querySelector<HTMLButtonElement>('[data-action="send"]')!;
    send.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true })));
    await vi.waitFor(() => expect(dialog.querySelector('[role="alert"]')!.textContent).toMatch(/geändert/));
    expect(sentTexts(document)).toEqual([]);
  });
});
