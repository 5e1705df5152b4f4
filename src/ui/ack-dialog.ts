/**
 * The acknowledgement dialog: findings, where such content belongs, and a clear choice.
 * „Trotzdem senden“ is enabled only after the required confirmation(s); only trusted events
 * (a real user) count, so a page script cannot click through for the user. Escape and
 * „Bearbeiten“ return to the draft. At the block level there is no way to send.
 */
import type { Language } from '../i18n/languages';
import type { ChannelAdvice } from './channel-advice';
import type { LabelCount } from './finding-list';
import { gt } from './guard-strings';
import { createShadowHost, el, prefersDark } from './shadow-host';
import { THEME_CSS } from './theme';

export const DIALOG_TAG = 'vertraulich-dialog';

export type { DialogMode } from '../guard/send-decision';
import type { DialogMode } from '../guard/send-decision';

export type ConfirmResult = { ok: true } | { ok: false; message: string };

export interface DialogOptions {
  doc: Document;
  language: Language;
  mode: DialogMode;
  items: LabelCount[];
  advice: ChannelAdvice;
  /** Public post naming a person: a second required checkbox for written consent. */
  askConsent: boolean;
  /** Records, then sends. The dialog stays open with the message when it fails. */
  onConfirm(result: { consentConfirmed: boolean }): Promise<ConfirmResult>;
  isTrusted?: (event: Event) => boolean;
  signal?: AbortSignal;
}

export interface OpenDialog {
  /** 'sent' after a successful confirmation, 'edit' otherwise (Bearbeiten, Escape, abort). */
  readonly result: Promise<'sent' | 'edit'>;
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  close(): void;
}

const DIALOG_CSS = `${THEME_CSS}
:host { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center; background: rgba(0,0,0,.55); }
.dialog { background: var(--v-surface); color: var(--v-surface-fg); max-width: min(520px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; border-radius: 12px; padding: 20px 24px; box-shadow: 0 8px 32px rgba(0,0,0,.4); border-top: 6px solid var(--v-border); }
h2 { font-size: 18px; margin: 0 0 8px; }
label { display: flex; gap: 8px; align-items: flex-start; margin: 10px 0; font-weight: 600; }
input[type=checkbox] { width: 18px; height: 18px; margin-top: 2px; flex: none; }
.buttons { display: flex; gap: 12px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
.error { color: var(--v-error); font-weight: 600; }
.muted { color: var(--v-muted); }
`;

export function openAckDialog(options: DialogOptions): OpenDialog {
  const { doc, language: lang, mode } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const win = doc.defaultView ?? globalThis;
  const { host, root } = createShadowHost(doc, DIALOG_TAG, DIALOG_CSS);
  host.setAttribute('data-theme', prefersDark(doc) ? 'dark' : 'light');

  const titleId = 'vertraulich-dialog-title';
  const descId = 'vertraulich-dialog-desc';
  const dialog = el(doc, 'div', {
    class: 'dialog',
    role: mode === 'block' ? 'alertdialog' : 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': titleId,
    'aria-describedby': descId,
    'data-mode': mode,
  });
  const title =
    mode === 'block'
      ? gt(lang, 'dialogTitleBlock')
      : mode === 'check-failed'
        ? gt(lang, 'panelTitleFailed')
        : gt(lang, 'dialogTitle');
  const description = el(doc, 'div', { id: descId });
  if (mode === 'block') description.append(el(doc, 'p', {}, gt(lang, 'dialogBlockReason')));
  if (mode === 'check-failed') description.append(el(doc, 'p', {}, gt(lang, 'failedBody')));
  if (options.items.length) {
    const list = el(doc, 'ul', { 'aria-label': gt(lang, 'panelFoundIntro') });
    for (const item of options.items)
      list.append(el(doc, 'li', {}, gt(lang, 'countSuffix', { label: item.label, count: item.count })));
    description.append(el(doc, 'p', {}, gt(lang, mode === 'block' ? 'panelFoundIntro' : 'dialogIntro')), list);
  }
  description.append(el(doc, 'p', {}, gt(lang, 'channelWarning'), ' ', options.advice.channel));
  if (options.advice.contact) description.append(el(doc, 'p', { class: 'muted' }, options.advice.contact));

  const error = el(doc, 'p', { class: 'error', role: 'alert', 'aria-live': 'assertive' });
  const editButton = el(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'edit' }, gt(lang, 'edit'));
  const buttons = el(doc, 'div', { class: 'buttons' }, editButton);
  const checks: HTMLInputElement[] = [];
  let sendButton: HTMLButtonElement | null = null;

  dialog.append(el(doc, 'h2', { id: titleId }, `${gt(lang, 'brand')}: ${title}`), description);
  if (mode !== 'block') {
    checks.push(checkbox('confirm', gt(lang, 'confirmCheck')));
    if (options.askConsent) checks.push(checkbox('consent', gt(lang, 'consentCheck')));
    sendButton = el(
      doc,
      'button',
      { type: 'button', class: 'primary', 'data-action': 'send', disabled: '' },
      gt(lang, 'sendAnyway'),
    );
    buttons.append(sendButton);
  }
  dialog.append(error, buttons);
  root.append(dialog);

  function checkbox(name: string, text: string): HTMLInputElement {
    const input = el(doc, 'input', { type: 'checkbox', name, 'data-check': name, 'aria-required': 'true' });
    dialog.append(el(doc, 'label', {}, input, el(doc, 'span', {}, text)));
    return input;
  }

  // What the user really ticked; the DOM's `checked` could be set by a page script.
  const ticked = new Map<HTMLInputElement, boolean>(checks.map((input) => [input, false]));
  let busy = false;
  const refresh = () => {
    if (sendButton) sendButton.disabled = busy || ![...ticked.values()].every(Boolean);
  };
  for (const input of checks) {
    input.addEventListener('change', (event) => {
      if (!isTrusted(event)) {
        input.checked = ticked.get(input) ?? false;
        return;
      }
      ticked.set(input, input.checked);
      refresh();
    });
  }

  let settle: (value: 'sent' | 'edit') => void = () => {};
  const result = new Promise<'sent' | 'edit'>((resolve) => (settle = resolve));
  const listeners = new AbortController();
  let closed = false;
  const finish = (value: 'sent' | 'edit') => {
    if (closed) return;
    closed = true;
    listeners.abort();
    host.remove();
    settle(value);
  };

  editButton.addEventListener('click', (event) => {
    if (isTrusted(event)) finish('edit');
  });
  sendButton?.addEventListener('click', async (event) => {
    if (!isTrusted(event) || busy || closed) return;
    if (![...ticked.values()].every(Boolean)) return;
    busy = true;
    refresh();
    error.textContent = gt(lang, 'recording');
    let outcome: ConfirmResult;
    try {
      outcome = await options.onConfirm({ consentConfirmed: options.askConsent && (ticked.get(checks[1]!) ?? false) });
    } catch {
      outcome = { ok: false, message: gt(lang, 'recordFailed') };
    }
    busy = false;
    if (outcome.ok) finish('sent');
    else {
      error.textContent = outcome.message;
      refresh();
    }
  });

  const focusables = () =>
    [...root.querySelectorAll<HTMLElement>('input, button:not([disabled]), a[href]')].filter((node) => !node.hidden);
  // Capture on window so Escape closes our dialog before the site's own shortcuts see it.
  win.addEventListener(
    'keydown',
    (event) => {
      const key = (event as KeyboardEvent).key;
      // The page removed our dialog: it is over (back to the draft), and keys are the page's again.
      if (!host.isConnected) return finish('edit');
      if (key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        if (!busy) finish('edit');
      } else if (key === 'Tab') {
        // Keep focus inside the modal dialog.
        const items = focusables();
        if (!items.length) return;
        const active = activeIn(root);
        const index = active ? items.indexOf(active as HTMLElement) : -1;
        const back = (event as KeyboardEvent).shiftKey;
        const next = back ? (index <= 0 ? items.length - 1 : index - 1) : index === items.length - 1 ? 0 : index + 1;
        event.preventDefault();
        event.stopImmediatePropagation();
        items[next]?.focus();
      }
    },
    { capture: true, signal: listeners.signal },
  );
  // Keys typed in the dialog must not reach the site's handlers (e.g. chat shortcuts).
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'])
    host.addEventListener(type, (event) => event.stopPropagation(), { signal: listeners.signal });
  options.signal?.addEventListener('abort', () => finish('edit'), { once: true, signal: listeners.signal });

  (doc.body ?? doc.documentElement).append(host);
  (checks[0] ?? editButton).focus();

  return { result, host, root, close: () => finish('edit') };
}

/** The focused element inside our shadow root (some DOM implementations throw here). */
function activeIn(root: ShadowRoot): Element | null {
  try {
    return root.activeElement;
  } catch {
    return null;
  }
}
