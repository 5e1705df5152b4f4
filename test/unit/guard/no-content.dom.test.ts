/**
 * Nothing of the draft leaves the content script: every message the guard sends through the
 * real messaging path (WXT's fakeBrowser runtime) is checked for the draft and every matched
 * substring, across all decisions.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startGuard } from '../../../src/guard/start-guard';
import { fixedPolicy } from '../../../src/guard/policy-source';
import { sendToBackground } from '../../../src/messaging/send';
import type { Policy } from '../../../src/policy/types';
import { buildPage, fakeAdapter, fakeScan, sentTexts, setDraft } from './fake-site';

const DRAFT = 'Hallo Frau Becker, 65 170839 J 00 4, Ihre Depression und der Termin beim Jobcenter';
const SECRETS = [DRAFT, 'Becker', '65 170839 J 00 4', '170839', 'Depression', 'Jobcenter', 'Hallo Frau'];

let messages: unknown[] = [];
let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  messages = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    messages.push(message);
    return Promise.resolve({ ok: true, id: String(messages.length) });
  });
});
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

function start(policy: Partial<Policy> = {}) {
  buildPage(document);
  controller = new AbortController();
  const guard = startGuard({
    adapter: fakeAdapter(),
    scan: fakeScan,
    policy: fixedPolicy({ language: 'de', ...policy }),
    record: (event) => sendToBackground('content→background:record', event),
    signal: controller.signal,
    isTrusted: () => true,
    discoveryThrottle: 0,
  });
  const editor = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
  setDraft(editor, DRAFT);
  return { guard, editor };
}

const dialogRoot = () => document.querySelector('vertraulich-dialog')!.shadowRoot!;
const enter = (editor: HTMLElement) =>
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

function expectContentFree() {
  expect(messages.length).toBeGreaterThan(0);
  const json = JSON.stringify(messages);
  for (const secret of SECRETS) expect(json).not.toContain(secret);
  // Offsets are not carried either: no start/end fields.
  expect(json).not.toMatch(/"start"|"end"|"text"/);
}

describe('no draft content in messages', () => {
  it('acknowledged + sent', async () => {
    const { editor } = start();
    enter(editor);
    const root = dialogRoot();
    const box = root.querySelector<HTMLInputElement>('[data-reason="false-alarm"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('[data-action="send"]')!.click();
    await vi.waitFor(() => expect(sentTexts(document)).toHaveLength(1));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      type: 'content→background:record',
      payload: { decision: 'acknowledged', kinds: { 'pension-insurance-number': 1 } },
    });
    expectContentFree();
  });

  it('edited, false alarm, blocked and monitored', async () => {
    const first = start();
    enter(first.editor);
    dialogRoot().querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    first.guard.flush();
    await vi.waitFor(() => expect(document.querySelector('vertraulich-panel')).not.toBeNull(), { timeout: 2000 });
    document
      .querySelector('vertraulich-panel')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[data-action="false-alarm"]')!
      .click();
    await vi.waitFor(() => expect(messages).toHaveLength(2));
    controller.abort();

    const blocked = start({ blockAt: 'warn' });
    enter(blocked.editor);
    await vi.waitFor(() => expect(messages).toHaveLength(3));
    controller.abort();

    const monitored = start({ monitorOnly: true });
    enter(monitored.editor);
    await vi.waitFor(() => expect(messages).toHaveLength(4));
    const decisions = messages.map((m) => (m as { payload: { decision: string } }).payload.decision);
    expect(decisions).toEqual(['edited', 'false-alarm', 'blocked', 'monitored']);
    expectContentFree();
  });
});
