/**
 * The acknowledgement dialog: findings, where such content belongs, and a safe default.
 * Focus opens on „Bearbeiten“, the visually primary action, so Enter right away returns to the
 * draft. Sending anyway needs one reason chosen from a radio group (not a self-certification);
 * the send-anyway button is visible from the start and does nothing until then. Only trusted
 * events (a real user) count, so a page script cannot choose or click for the user. Escape
 * and „Bearbeiten“ return to the draft. At the block level there is no way to send.
 * When the policy names an approved channel with a URL, „In <Kanal> weiterschreiben“ hands
 * the draft over (the guard copies it on the user's click and opens the channel).
 */
import type { Language } from '../i18n/languages';
import type { Reason } from '../messaging/protocol';
import { channelNode, contactNode, type ChannelAdvice } from './channel-advice';
import type { LabelCount } from './finding-list';
import { gt, type GuardStringKey } from './guard-strings';
import { createShadowHost, el, prefersDark } from './shadow-host';
import { THEME_CSS } from './theme';
export type { DialogMode } from '../guard/send-decision';
import type { DialogMode } from '../guard/send-decision';

export const DIALOG_TAG = 'vertraulich-dialog';

export type ConfirmResult = { ok: true } | { ok: false; message: string };

export type DialogOutcome = 'sent' | 'edit' | 'moved' | 'closed';

export interface DialogOptions {
  doc: Document;
  language: Language;
  mode: DialogMode;
  items: LabelCount[];
  advice: ChannelAdvice;
  /** Reasons offered for sending anyway, in order (see send-decision.ts). */
  reasons: readonly Reason[];
  /** A post: „Beitrag“ and „Trotzdem veröffentlichen“ instead of „Nachricht“ and „Trotzdem senden“. */
  post?: boolean;
  /** Records, then sends. The dialog stays open with the message when it fails. */
  onConfirm(result: { reason: Reason }): Promise<ConfirmResult>;
  /**
   * „In <Kanal> weiterschreiben“, offered when given and the advice has a channel URL. Called
   * synchronously inside the user's click (the clipboard and a new tab need that activation).
   */
  onMove?(): Promise<ConfirmResult>;
  isTrusted?: (event: Event) => boolean;
  signal?: AbortSignal;
}

export interface OpenDialog {
  /**
   * 'sent' after a successful confirmation, 'moved' after „weiterschreiben“, 'edit' when the user
   * chose „Bearbeiten“ or pressed Escape (trusted input only), 'closed' when it ended otherwise
   * (close(), abort, the page removed it): only the user's own choice is worth a record.
   */
  readonly result: Promise<DialogOutcome>;
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  close(): void;
}

const DIALOG_CSS = `${THEME_CSS}
:host { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center; background: rgba(0,0,0,.55); }
.dialog { background: var(--v-surface); color: var(--v-surface-fg); max-width: min(540px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; border-radius: 12px; padding: 20px 24px; box-shadow: 0 8px 32px rgba(0,0,0,.4); border-top: 6px solid var(--v-border); box-sizing: border-box; }
h2 { font-size: 18px; margin: 0 0 8px; }
fieldset { border: 1px solid var(--v-muted); border-radius: 8px; margin: 12px 0 0; padding: 6px 12px 8px; }
legend { font-weight: 600; padding: 0 4px; }
label { display: flex; gap: 8px; align-items: flex-start; margin: 6px 0; }
input[type=radio] { width: 18px; height: 18px; margin-top: 1px; flex: none; }
.buttons { display: flex; gap: 12px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
.buttons .primary { order: 2; }
.send[aria-disabled="true"] { opacity: .6; cursor: not-allowed; }
.move { margin-top: 12px; }
.error { color: var(--v-error); font-weight: 600; }
.muted { color: var(--v-muted); }
`;

export function openAckDialog(options: DialogOptions): OpenDialog {
  const { doc, language: lang, mode } = options;
  const post = options.post === true;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const win = doc.defaultView ?? globalThis;
  const { host, root } = createShadowHost(doc, DIALOG_TAG, DIALOG_CSS);
  host.setAttribute('data-theme', prefersDark(doc) ? 'dark' : 'light');
  const say = (de: GuardStringKey, postKey: GuardStringKey) => gt(lang, post ? postKey : de);

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
        : mode === 'consent'
          ? gt(lang, 'dialogTitleConsent')
          : say('dialogTitle', 'dialogTitlePost');
  const description = el(doc, 'div', { id: descId });
  if (mode === 'block') description.append(el(doc, 'p', {}, gt(lang, 'dialogBlockReason')));
  if (mode === 'check-failed') description.append(el(doc, 'p', {}, gt(lang, 'failedBody')));
  if (options.reasons[0] === 'consent') description.append(el(doc, 'p', {}, gt(lang, 'consentBody')));
  if (options.items.length) {
    const list = el(doc, 'ul', { 'aria-label': gt(lang, 'panelFoundIntro') });
    for (const item of options.items)
      list.append(el(doc, 'li', {}, gt(lang, 'countSuffix', { label: item.label, count: item.count })));
    const intro = mode === 'block' ? gt(lang, 'panelFoundIntro') : say('dialogIntro', 'dialogIntroPost');
    description.append(el(doc, 'p', {}, intro), list);
  }
  if (mode !== 'consent')
    description.append(el(doc, 'p', {}, gt(lang, 'channelWarning'), ' ', channelNode(doc, options.advice, lang)));
  const contact = contactNode(doc, options.advice, lang);
  if (contact) description.append(el(doc, 'p', { class: 'muted' }, contact));

  const error = el(doc, 'p', { class: 'error', role: 'alert', 'aria-live': 'assertive' });
  // „Bearbeiten“ is the filled, primary button: the safe choice looks like the default one.
  const editButton = el(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'edit' }, gt(lang, 'edit'));
  const buttons = el(doc, 'div', { class: 'buttons' }, editButton);
  let sendButton: HTMLButtonElement | null = null;
  let moveButton: HTMLButtonElement | null = null;
  const radios: HTMLInputElement[] = [];

  dialog.append(el(doc, 'h2', { id: titleId }, `${gt(lang, 'brand')}: ${title}`), description);
  const channelName = options.advice.channelName;
  // Not for a post that only needs consent: a publication does not move to the counselling channel.
  if (options.onMove && options.advice.channelUrl && channelName && mode !== 'consent' && mode !== 'block') {
    moveButton = el(
      doc,
      'button',
      { type: 'button', class: 'secondary move', 'data-action': 'move', 'aria-describedby': 'vertraulich-move-hint' },
      gt(lang, 'moveTo', { channel: channelName }),
    );
    dialog.append(
      el(doc, 'div', {}, moveButton),
      el(doc, 'p', { class: 'muted', id: 'vertraulich-move-hint' }, gt(lang, 'moveHint', { channel: channelName })),
    );
  }
  if (mode !== 'block' && options.reasons.length) {
    const fieldset = el(doc, 'fieldset', { role: 'radiogroup', 'aria-required': 'true' });
    fieldset.append(el(doc, 'legend', {}, say('reasonLegend', 'reasonLegendPost')));
    for (const reason of options.reasons) {
      const input = el(doc, 'input', {
        type: 'radio',
        name: 'vertraulich-reason',
        value: reason,
        'data-reason': reason,
      });
      radios.push(input);
      fieldset.append(el(doc, 'label', {}, input, el(doc, 'span', {}, gt(lang, `reason.${reason}`))));
    }
    dialog.append(fieldset);
    sendButton = el(
      doc,
      'button',
      { type: 'button', class: 'secondary send', 'data-action': 'send', 'aria-disabled': 'true' },
      say('sendAnyway', 'sendAnywayPost'),
    );
    buttons.append(sendButton);
  }
  dialog.append(error, buttons);
  root.append(dialog);

  // What the user really chose; the DOM's `checked` could be set by a page script.
  let chosen: Reason | null = null;
  let busy = false;
  const refresh = () => sendButton?.setAttribute('aria-disabled', String(busy || chosen === null));
  for (const input of radios) {
    input.addEventListener('change', (event) => {
      if (!isTrusted(event)) {
        for (const radio of radios) radio.checked = radio.value === chosen;
        return;
      }
      if (input.checked) chosen = input.value as Reason;
      if (error.textContent === gt(lang, 'reasonNeeded')) error.textContent = '';
      refresh();
    });
  }

  let settle: (value: DialogOutcome) => void = () => {};
  const result = new Promise<DialogOutcome>((resolve) => (settle = resolve));
  const listeners = new AbortController();
  let closed = false;
  const finish = (value: DialogOutcome) => {
    if (closed) return;
    closed = true;
    listeners.abort();
    host.remove();
    settle(value);
  };

  const run = async (action: () => Promise<ConfirmResult>, outcome: DialogOutcome, failed: string) => {
    busy = true;
    refresh();
    let answer: ConfirmResult;
    try {
      answer = await action();
    } catch {
      answer = { ok: false, message: failed };
    }
    busy = false;
    if (answer.ok) finish(outcome);
    else {
      error.textContent = answer.message;
      refresh();
    }
  };

  editButton.addEventListener('click', (event) => {
    if (isTrusted(event)) finish('edit');
  });
  sendButton?.addEventListener('click', (event) => {
    if (!isTrusted(event) || busy || closed) return;
    // Visible from the start, inert until a reason is chosen: it says why instead of sending.
    if (chosen === null) {
      error.textContent = gt(lang, 'reasonNeeded');
      radios[0]?.focus();
      return;
    }
    const reason = chosen;
    error.textContent = gt(lang, 'recording');
    void run(() => options.onConfirm({ reason }), 'sent', say('recordFailed', 'recordFailedPost'));
  });
  moveButton?.addEventListener('click', (event) => {
    if (!isTrusted(event) || busy || closed || !options.onMove) return;
    // Called now, inside the click: the clipboard and window.open need the user's activation.
    const moving = options.onMove();
    void run(() => moving, 'moved', gt(lang, 'recordFailed'));
  });

  const focusables = () =>
    [...root.querySelectorAll<HTMLElement>('input, button:not([disabled]), a[href]')].filter((node) => !node.hidden);
  // Capture on window so Escape closes our dialog before the site's own shortcuts see it.
  win.addEventListener(
    'keydown',
    (event) => {
      const key = (event as KeyboardEvent).key;
      // The page removed our dialog: it is over (back to the draft), and keys are the page's again.
      if (!host.isConnected) return finish('closed');
      // A page script's synthetic keys neither close the dialog (an `edited` record) nor move focus.
      if (!isTrusted(event)) return;
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
  options.signal?.addEventListener('abort', () => finish('closed'), { once: true, signal: listeners.signal });

  (doc.body ?? doc.documentElement).append(host);
  // The safe default: Enter right away edits, it never sends.
  editButton.focus();

  return { result, host, root, close: () => finish('closed') };
}

/** The focused element inside our shadow root (some DOM implementations throw here). */
function activeIn(root: ShadowRoot): Element | null {
  try {
    return root.activeElement;
  } catch {
    return null;
  }
}
