/**
 * One interception model for every way a draft gets sent, as capture-phase listeners on window
 * (registered at document_start, so they run before Lexical's and the site's own):
 *
 * - Enter (or NumpadEnter) in a composer where Enter sends;
 * - a press, click or keyboard activation (Enter, NumpadEnter, Space) of the site's send
 *   control itself. Sites render these as div[role=button] and act on keydown, firing no
 *   click, so a focused „Posten“ reached with Tab is as much a send path as a click on it.
 *   Browsers activate buttons with Space on keyup, so keyup is stopped too.
 *
 * The guard decides; here we only recognise send attempts and stop them when told to.
 */
import type { Composer, SiteAdapter } from '../sites/types';
import type { Bypass } from './bypass';
import type { ListenerRelay } from './early-listeners';

/** How the user tried to send: Enter in the composer, a click/press, or a key on the control. */
export type SendVia = 'enter' | 'click' | 'key';

export interface InterceptorOptions {
  adapter: SiteAdapter;
  win: Window;
  /** Where to listen: window itself, or the relay of listeners registered at document_start. */
  listenOn?: Pick<Window, 'addEventListener'> | ListenerRelay;
  doc: Document;
  signal: AbortSignal;
  bypass: Bypass;
  /** False once the guard is stopped or the site is switched off: then we let everything through. */
  active?: () => boolean;
  /** Only real user input can start the acknowledgement flow (tests inject their own notion). */
  isTrusted?: (event: Event) => boolean;
  /** A trusted send attempt: return true to stop it (the guard then shows its dialog). */
  onSend(composer: Composer, via: SendVia): boolean;
  /**
   * Whether a send of this composer would be stopped now, with no side effect (no dialog, no
   * record): for presses and keyups (the click or keydown that follows decides) and for
   * untrusted attempts.
   */
  wouldStop(composer: Composer): boolean;
}

/** IME composition reports keyCode 229 in Chromium even where isComposing is false. */
const IME_KEY_CODE = 229;

function isEnterKey(event: KeyboardEvent): boolean {
  // NumpadEnter reports key "Enter" (code "NumpadEnter"); old engines only keyCode 13.
  return event.key === 'Enter' || event.keyCode === 13 || event.code === 'NumpadEnter';
}

function isSpaceKey(event: KeyboardEvent): boolean {
  return event.key === ' ' || event.key === 'Spacebar' || event.code === 'Space' || event.keyCode === 32;
}

function composing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === IME_KEY_CODE;
}

export function isPlainEnter(event: KeyboardEvent): boolean {
  if (!isEnterKey(event)) return false;
  if (event.shiftKey) return false;
  return !composing(event);
}

/** Enter, NumpadEnter or Space on a focused button: what activates it. */
export function isActivationKey(event: KeyboardEvent): boolean {
  return (isEnterKey(event) || isSpaceKey(event)) && !composing(event);
}

function originalTarget(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const first = path[0] ?? event.target;
  if (first && (first as Node).nodeType === 1) return first as Element;
  const parent = (first as Node | null)?.parentElement;
  return parent ?? null;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function installSendInterceptor(options: InterceptorOptions): void {
  const { adapter, win, doc, signal, bypass } = options;
  const active = options.active ?? (() => true);
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);

  /**
   * A send attempt on `composer`. Our own re-send after an acknowledgement passes once (the
   * bypass). An UNTRUSTED attempt (a page script's synthetic Enter or click) never opens the
   * dialog and never writes a record, so a page cannot fill the audit log with forged
   * decisions; but it must not send a draft that needs an acknowledgement either, so it is
   * swallowed silently when the draft needs one, and passes when it does not (a benign draft,
   * monitor-only mode, the guard off: what the user's own Enter would do). Nothing is logged
   * about it: the page is not the user, and a record per forged event is exactly the flood
   * finding 8 of issue 12 describes.
   */
  const attempt = (event: Event, composer: Composer, via: SendVia) => {
    if (bypass.consume(composer.editor)) return;
    if (!isTrusted(event)) {
      if (options.wouldStop(composer)) stop(event);
      return;
    }
    if (options.onSend(composer, via)) stop(event);
  };

  const onKeydown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (!isActivationKey(key) || !active()) return; // fast path for every other key
    const target = originalTarget(event);
    if (!target) return;
    // The send control itself has focus (reached with Tab): Enter, NumpadEnter and Space send.
    const owner = safe(() => adapter.sendControlFor(target, doc));
    if (owner) return attempt(event, owner, 'key');
    if (!isPlainEnter(key)) return;
    const composer = safe(() => adapter.composerFor(target));
    if (!composer) return;
    if (!safe(() => adapter.enterSends(composer.surface))) return;
    if (safe(() => adapter.isMenuOpen(composer, doc))) return;
    attempt(event, composer, 'enter');
  };

  // Space activates a focused button on keyup: stop it when its keydown was stopped.
  const onKeyup = (event: Event) => {
    if (!isActivationKey(event as KeyboardEvent) || !active() || bypass.armed) return;
    const target = originalTarget(event);
    if (!target) return;
    const owner = safe(() => adapter.sendControlFor(target, doc));
    if (owner && options.wouldStop(owner)) stop(event);
  };

  const onClick = (event: Event) => {
    if (!active()) return;
    const target = originalTarget(event);
    if (!target) return;
    const composer = safe(() => adapter.sendControlFor(target, doc));
    if (composer) attempt(event, composer, 'click');
  };

  // Some sites act on the press, not the click; stop the press too, the click opens the dialog.
  const onPress = (event: Event) => {
    if (!active() || bypass.armed) return;
    const target = originalTarget(event);
    if (!target) return;
    const composer = safe(() => adapter.sendControlFor(target, doc));
    if (composer && options.wouldStop(composer)) stop(event);
  };

  const listen = { capture: true, signal };
  const target = (options.listenOn ?? win) as ListenerRelay;
  target.addEventListener('keydown', onKeydown, listen);
  target.addEventListener('keyup', onKeyup, listen);
  target.addEventListener('click', onClick, listen);
  target.addEventListener('pointerdown', onPress, listen);
  target.addEventListener('mousedown', onPress, listen);
}

/** A broken adapter (site changed) must not break typing: treat its throw as "no". */
function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
