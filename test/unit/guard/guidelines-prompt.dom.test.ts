import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGuidelinesPrompt } from '../../../src/guard/guidelines-prompt';
import { fixedPolicy, type PolicySource } from '../../../src/guard/policy-source';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/types';
import type { GuardEvent } from '../../../src/messaging/protocol';
import type { GuidelinesConfirmation } from '../../../src/policy/guidelines';
import { buildPage, fakeAdapter } from './fake-site';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 29, 9);
const ANSWER_OK = { ok: true as const, id: 'r0' };
const GUIDELINES = {
  guidelinesUrl: 'https://intranet.example/social-media',
  guidelinesVersion: '2026-1',
  reacknowledgeDays: 365,
};

describe('guidelines prompt', () => {
  let controller: AbortController;
  let recorded: GuardEvent[];
  let answer: { ok: true; id: string } | { ok: false; error: string };
  let trusted: boolean;

  beforeEach(() => {
    buildPage(document);
    controller = new AbortController();
    recorded = [];
    answer = { ok: true, id: 'r1' };
    trusted = true;
  });
  afterEach(() => controller.abort());

  function start(policy: Parameters<typeof fixedPolicy>[0], confirmation: GuidelinesConfirmation) {
    return startGuidelinesPrompt({
      adapter: fakeAdapter(),
      policy: fixedPolicy(policy),
      confirmation: (onChange) => onChange(confirmation),
      record: async (event) => {
        recorded.push(event);
        return answer;
      },
      signal: controller.signal,
      now: () => NOW,
      isTrusted: () => trusted,
      browserLanguage: 'de-DE',
    });
  }

  const focusComposer = () =>
    document
      .querySelector<HTMLElement>('[data-lexical-editor]')!
      .dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  const banner = () => document.querySelector('vertraulich-guidelines');
  const inBanner = <T extends Element>(selector: string) => banner()!.shadowRoot!.querySelector<T>(selector)!;
  const tick = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it.each([
    ['never confirmed', { confirmedAt: null, confirmedVersion: null }],
    ['a new version', { confirmedAt: NOW - DAY, confirmedVersion: '2025-2' }],
    ['the interval has passed', { confirmedAt: NOW - 366 * DAY, confirmedVersion: '2026-1' }],
  ])('asks on first use of a composer when %s', async (_name, confirmation) => {
    start(GUIDELINES, confirmation);
    expect(banner()).toBeNull(); // not before the composer is used
    focusComposer();
    expect(banner()).not.toBeNull();
    const text = banner()!.shadowRoot!.textContent ?? '';
    expect(text).toContain('Fassung 2026-1');
    expect(inBanner<HTMLAnchorElement>('a').href).toBe(GUIDELINES.guidelinesUrl);
  });

  it('reads the stored confirmation on first use of a composer, not at page load', async () => {
    let reads = 0;
    let answer: (confirmation: GuidelinesConfirmation) => void = () => undefined;
    startGuidelinesPrompt({
      adapter: fakeAdapter(),
      policy: fixedPolicy(GUIDELINES),
      confirmation: (onChange) => {
        reads += 1;
        answer = onChange; // answers later, like storage
      },
      record: async () => ANSWER_OK,
      signal: controller.signal,
      now: () => NOW,
      isTrusted: () => trusted,
      browserLanguage: 'de-DE',
    });
    expect(reads).toBe(0);
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true })); // not a composer
    expect(reads).toBe(0);
    focusComposer();
    focusComposer();
    expect(reads).toBe(1);
    expect(banner()).toBeNull(); // no answer yet
    answer({ confirmedAt: null, confirmedVersion: null });
    expect(banner()).not.toBeNull(); // the focus that came first is served
  });

  it('an answer that says nothing is due shows nothing after the first focus', () => {
    let answer: (confirmation: GuidelinesConfirmation) => void = () => undefined;
    startGuidelinesPrompt({
      adapter: fakeAdapter(),
      policy: fixedPolicy(GUIDELINES),
      confirmation: (onChange) => {
        answer = onChange;
      },
      record: async () => ANSWER_OK,
      signal: controller.signal,
      now: () => NOW,
      isTrusted: () => trusted,
    });
    focusComposer();
    answer({ confirmedAt: NOW - DAY, confirmedVersion: '2026-1' });
    expect(banner()).toBeNull();
  });

  it.each([
    ['no guidelines set', { ...GUIDELINES, guidelinesUrl: '' }, { confirmedAt: null, confirmedVersion: null }],
    ['confirmed this version recently', GUIDELINES, { confirmedAt: NOW - 10 * DAY, confirmedVersion: '2026-1' }],
    [
      'the site is switched off',
      { ...GUIDELINES, sites: { whatsapp: false, facebook: false, messenger: false } },
      { confirmedAt: null, confirmedVersion: null },
    ],
  ])('does not ask when %s', (_name, policy, confirmation) => {
    start(policy, confirmation);
    focusComposer();
    expect(banner()).toBeNull();
  });

  it('records a content-free confirmation after the box is ticked, then disappears', async () => {
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusComposer();
    const confirm = inBanner<HTMLButtonElement>('[data-action="confirm-guidelines"]');
    expect(confirm.disabled).toBe(true);
    const box = inBanner<HTMLInputElement>('[data-check="guidelines"]');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(confirm.disabled).toBe(false);
    confirm.click();
    await vi.waitFor(() => expect(banner()).toBeNull());
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      decision: 'guidelines-acknowledged',
      severity: 'none',
      categories: {},
      kinds: {},
    });
  });

  it('ignores a page script ticking the box (untrusted events)', async () => {
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusComposer();
    trusted = false;
    const box = inBanner<HTMLInputElement>('[data-check="guidelines"]');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    inBanner<HTMLButtonElement>('[data-action="confirm-guidelines"]').click();
    await tick();
    expect(box.checked).toBe(false);
    expect(recorded).toEqual([]);
    expect(banner()).not.toBeNull();
  });

  it('ignores a box ticked and a button enabled through the DOM, with no event (finding 10)', async () => {
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusComposer();
    // A page script sets the state directly; then the user (trusted) clicks the button.
    inBanner<HTMLInputElement>('[data-check="guidelines"]').checked = true;
    const confirm = inBanner<HTMLButtonElement>('[data-action="confirm-guidelines"]');
    confirm.disabled = false;
    confirm.click();
    await tick();
    expect(recorded).toEqual([]);
    expect(banner()).not.toBeNull();
  });

  it('keeps the banner and says so when the record fails', async () => {
    answer = { ok: false, error: 'store failed' };
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusComposer();
    const box = inBanner<HTMLInputElement>('[data-check="guidelines"]');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    inBanner<HTMLButtonElement>('[data-action="confirm-guidelines"]').click();
    await vi.waitFor(() => expect(inBanner('[role="alert"]').hasAttribute('hidden')).toBe(false));
    expect(banner()).not.toBeNull();
  });

  it('„Später“ hides it for this page without a record', async () => {
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusComposer();
    inBanner<HTMLButtonElement>('[data-action="later"]').click();
    await vi.waitFor(() => expect(banner()).toBeNull());
    focusComposer();
    expect(banner()).toBeNull();
    expect(recorded).toEqual([]);
  });

  /** A policy source that answers later, like Chrome's managed storage 4 s after start. */
  function latePolicy() {
    let deliver: (policy: Policy) => void = () => undefined;
    const source: PolicySource = (onPolicy) => {
      deliver = onPolicy;
    };
    return { source, deliver: (overrides: Partial<Policy>) => deliver({ ...DEFAULT_POLICY, ...overrides }) };
  }

  function startWith(policy: PolicySource) {
    return startGuidelinesPrompt({
      adapter: fakeAdapter(),
      policy,
      confirmation: (onChange) => onChange({ confirmedAt: null, confirmedVersion: null }),
      record: async (event) => {
        recorded.push(event);
        return answer;
      },
      signal: controller.signal,
      now: () => NOW,
      isTrusted: () => trusted,
      browserLanguage: 'de-DE',
    });
  }

  const editor = () => document.querySelector<HTMLElement>('[data-lexical-editor]')!;
  /** The user clicks into the draft: real focus (focusin fires) and a caret after "Hallo". */
  function focusEditorWithCaret() {
    const target = editor();
    target.innerHTML = '<p><span data-lexical-text="true">Hallo Welt</span></p>';
    target.focus();
    const range = document.createRange();
    range.setStart(target.querySelector('span')!.firstChild!, 5);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  it('shows the banner when the policy arrives after the composer was focused (issue 14)', () => {
    const policy = latePolicy();
    startWith(policy.source);
    focusComposer();
    // Before Chrome delivers the managed policy: the defaults name no guidelines.
    policy.deliver({});
    expect(banner()).toBeNull();
    policy.deliver(GUIDELINES);
    expect(banner()).not.toBeNull();
  });

  it('shows the banner for a composer that had the focus before the prompt started', () => {
    const policy = latePolicy();
    editor().focus();
    startWith(policy.source);
    policy.deliver(GUIDELINES);
    expect(banner()).not.toBeNull();
  });

  it('near-miss: a late policy shows nothing while no composer was used on the page', () => {
    const policy = latePolicy();
    startWith(policy.source);
    policy.deliver(GUIDELINES);
    expect(banner()).toBeNull();
  });

  it('takes the focus when it appears and gives it back to the editor with its caret when confirmed', async () => {
    const policy = latePolicy();
    startWith(policy.source);
    focusEditorWithCaret();
    policy.deliver(GUIDELINES);
    const box = inBanner<HTMLInputElement>('[data-check="guidelines"]');
    expect(document.activeElement).toBe(banner());
    // The region, not the box: a space typed as the banner appears must not tick it.
    expect(banner()!.shadowRoot!.activeElement).toBe(inBanner('section'));
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    inBanner<HTMLButtonElement>('[data-action="confirm-guidelines"]').click();
    await vi.waitFor(() => expect(banner()).toBeNull());
    expect(document.activeElement).toBe(editor());
    const selection = document.getSelection()!;
    expect(selection.anchorNode).toBe(editor().querySelector('span')!.firstChild);
    expect(selection.anchorOffset).toBe(5);
    // Back in the editor before the stored confirmation has changed: not asked again.
    focusComposer();
    expect(banner()).toBeNull();
  });

  it('gives the focus back to the editor on „Später“', async () => {
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusEditorWithCaret();
    expect(banner()).not.toBeNull();
    inBanner<HTMLButtonElement>('[data-action="later"]').click();
    await vi.waitFor(() => expect(banner()).toBeNull());
    expect(document.activeElement).toBe(editor());
    expect(document.getSelection()!.anchorOffset).toBe(5);
  });

  it('does not take the focus from elsewhere when the policy comes after the user left the composer', () => {
    const policy = latePolicy();
    startWith(policy.source);
    focusComposer();
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    policy.deliver(GUIDELINES);
    expect(banner()).not.toBeNull();
    expect(document.activeElement).toBe(other);
  });

  it('an untrusted click on „Später“ neither closes it nor moves the focus', async () => {
    start(GUIDELINES, { confirmedAt: null, confirmedVersion: null });
    focusEditorWithCaret();
    trusted = false;
    inBanner<HTMLButtonElement>('[data-action="later"]').click();
    await tick();
    expect(banner()).not.toBeNull();
    expect(document.activeElement).toBe(banner());
  });
});
