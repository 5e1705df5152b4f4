/**
 * Issue 12, "when the site changes, fail safe and say so": an editable the adapter does not
 * recognise is guarded generically once the user focuses it, a missing send control is noticed,
 * and each is reported once in a content-free `adapter-degraded` record; the status says the
 * protection is limited.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGuard } from '../../../src/guard/start-guard';
import { fixedPolicy } from '../../../src/guard/policy-source';
import { validateEvent } from '../../../src/log/record';
import type { GuardEvent } from '../../../src/messaging/protocol';
import type { SiteAdapter } from '../../../src/sites/types';
import { BENIGN, SENSITIVE, buildPage, fakeAdapter, fakeScan, setDraft } from './fake-site';

const userEvents = new WeakSet<Event>();
const asUser = <T extends Event>(event: T): T => (userEvents.add(event), event);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
  document.body.innerHTML = '';
});

/** A page after a redesign: the site's composer no longer looks like what the adapter knows. */
function redesigned(overrides: Partial<SiteAdapter> = {}) {
  buildPage(document, ['chat']);
  const editor = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
  editor.removeAttribute('data-lexical-editor'); // the fake adapter's anchor is gone
  const search = document.createElement('div');
  search.setAttribute('contenteditable', 'true');
  search.setAttribute('data-search', '');
  document.body.append(search);
  const records: GuardEvent[] = [];
  const controller = new AbortController();
  cleanup.push(() => controller.abort());
  const guard = startGuard({
    adapter: {
      ...fakeAdapter(),
      isNonComposer: (element) => element.hasAttribute('data-search'),
      fallbackSurface: 'chat',
      ...overrides,
    },
    scan: fakeScan,
    policy: fixedPolicy({ language: 'de' }),
    record: async (event) => {
      records.push(event);
      return { ok: true, id: String(records.length) };
    },
    signal: controller.signal,
    isTrusted: (event) => userEvents.has(event),
    discoveryThrottle: 0,
  });
  const focus = (element: HTMLElement, trusted = true) => {
    const event = new FocusEvent('focusin', { bubbles: true, composed: true });
    element.dispatchEvent(trusted ? asUser(event) : event);
  };
  const enter = () => {
    const event = asUser(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    editor.dispatchEvent(event);
    return event;
  };
  const dialog = () => document.querySelector('vertraulich-dialog')?.shadowRoot ?? null;
  return { guard, records, editor, search, focus, enter, dialog };
}

describe('a composer the adapter no longer recognises', () => {
  it('is guarded generically once focused, and reported once as adapter-degraded (composer)', async () => {
    const s = redesigned();
    setDraft(s.editor, SENSITIVE);
    // Before the user focuses it, nothing is known about it.
    expect(s.enter().defaultPrevented).toBe(false);
    expect(s.guard.limited).toBe(false);
    s.focus(s.editor);
    s.focus(s.editor);
    expect(s.guard.limited).toBe(true);
    await tick();
    expect(s.records).toEqual([
      expect.objectContaining({ decision: 'adapter-degraded', site: 'whatsapp', surface: 'chat', missing: 'composer' }),
    ]);
    // Content-free: the record is accepted by the log's validator as is, with no counts.
    expect(validateEvent(s.records[0]).ok).toBe(true);
    expect(s.records[0]).toMatchObject({ severity: 'none', categories: {}, kinds: {} });
    expect(s.enter().defaultPrevented).toBe(true);
    expect(s.dialog()).not.toBeNull();
  });

  it('after the acknowledgement (no send control known), the user’s own next send of the same draft passes once', async () => {
    const s = redesigned({ findSendControl: () => null });
    setDraft(s.editor, SENSITIVE);
    s.focus(s.editor);
    s.enter();
    const dialog = s.dialog()!;
    const box = dialog.querySelector<HTMLInputElement>('[data-reason="false-alarm"]')!;
    box.checked = true;
    box.dispatchEvent(asUser(new Event('change')));
    dialog.querySelector('[data-action="send"]')!.dispatchEvent(asUser(new MouseEvent('click')));
    await vi.waitFor(() => expect(dialog.querySelector('[role="alert"]')!.textContent).toMatch(/noch einmal selbst/));
    dialog.querySelector('[data-action="edit"]')!.dispatchEvent(asUser(new MouseEvent('click')));
    await tick();
    expect(s.records.map((r) => r.decision)).toEqual(['adapter-degraded', 'acknowledged', 'edited']);
    expect(s.enter().defaultPrevented).toBe(false);
    // Once only: the next sensitive send asks again.
    expect(s.enter().defaultPrevented).toBe(true);
  });

  it.each([
    ['a search box the adapter knows as such', (s: ReturnType<typeof redesigned>) => s.focus(s.search)],
    ['a focus moved by a page script (untrusted)', (s: ReturnType<typeof redesigned>) => s.focus(s.editor, false)],
    [
      'a text input',
      (s: ReturnType<typeof redesigned>) => {
        const input = document.createElement('input');
        document.body.append(input);
        s.focus(input);
      },
    ],
  ])('near-miss: %s is not adopted and not reported', async (_name, act) => {
    const s = redesigned();
    act(s);
    await tick();
    expect(s.guard.limited).toBe(false);
    expect(s.records).toEqual([]);
  });

  it('a recognised composer is never reported', async () => {
    const s = redesigned();
    s.editor.setAttribute('data-lexical-editor', 'true');
    s.focus(s.editor);
    await tick();
    expect(s.records).toEqual([]);
  });
});

describe('a send control the adapter cannot find', () => {
  it('is reported once (send-control) when a draft has none, and not for an empty composer', async () => {
    buildPage(document, ['chat']);
    const editor = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
    const records: GuardEvent[] = [];
    const controller = new AbortController();
    cleanup.push(() => controller.abort());
    const guard = startGuard({
      adapter: { ...fakeAdapter(), findSendControl: () => null },
      scan: fakeScan,
      policy: fixedPolicy({ language: 'de' }),
      record: async (event) => {
        records.push(event);
        return { ok: true, id: '1' };
      },
      signal: controller.signal,
      isTrusted: () => true,
      discoveryThrottle: 0,
    });
    guard.flush();
    expect(records).toEqual([]);
    setDraft(editor, BENIGN);
    await vi.waitFor(() => expect(records).toHaveLength(1), { timeout: 2000 });
    setDraft(editor, `${BENIGN} noch einmal`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(records).toEqual([expect.objectContaining({ decision: 'adapter-degraded', missing: 'send-control' })]);
    expect(guard.limited).toBe(true);
  });
});

describe('the log accepts the anchor as a fixed identifier only', () => {
  const event = {
    decision: 'adapter-degraded',
    site: 'facebook',
    surface: 'comment',
    severity: 'none',
    categories: {},
    kinds: {},
    eventId: 'abcdefgh-1234',
  };
  it.each([
    ['composer', true],
    ['send-control', true],
    ['Hallo Frau Becker', false],
    [42, false],
  ])('missing: %j → accepted %s', (missing, ok) => {
    expect(validateEvent({ ...event, missing }).ok).toBe(ok);
  });
});
