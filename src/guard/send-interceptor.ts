/**
 * Capture-phase listeners on window for the two ways to send: plain Enter in a composer
 * where Enter sends, and a click on the site's send/post/comment control. Registered at
 * document_start, they run before Lexical's (bubbling, on the editor) and the site's.
 * The guard decides; here we only recognise send attempts and stop them when told to.
 */
import type { Composer, SiteAdapter } from '../sites/types';
import type { Bypass } from './bypass';
import type { ListenerRelay } from './early-listeners';

export type SendVia = 'enter' | 'click';

export interface InterceptorOptions {
  adapter: SiteAdapter;
  win: Window;
  /** Where to listen: window itself, or the relay of listeners registered at document_start. */
  listenOn?: Pick<Window, 'addEventListener'> | ListenerRelay;
  doc: Document;
  signal: AbortSignal;
  bypass: Bypass;
  /** False once another instance owns the page: then we let everything through. */
  active?: () => boolean;
  /** A send attempt: return true to stop it (the guard then shows its dialog). */
  onSend(composer: Composer, via: SendVia): boolean;
  /** A press (pointerdown/mousedown) on a send control: return true if its click would be stopped. */
  wouldStop(composer: Composer): boolean;
}

/** IME composition reports keyCode 229 in Chromium even where isComposing is false. */
const IME_KEY_CODE = 229;

export function isPlainEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.keyCode !== 13) return false;
  if (event.shiftKey) return false;
  if (event.isComposing || event.keyCode === IME_KEY_CODE) return false;
  return true;
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

  const onKeydown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' && key.keyCode !== 13) return; // fast path for every other key
    if (!active() || !isPlainEnter(key)) return;
    const target = originalTarget(event);
    if (!target) return;
    const composer = safe(() => adapter.composerFor(target));
    if (!composer) return;
    if (!safe(() => adapter.enterSends(composer.surface))) return;
    if (safe(() => adapter.isMenuOpen(composer, doc))) return;
    if (bypass.consume(composer.editor)) return;
    if (options.onSend(composer, 'enter')) stop(event);
  };

  const onClick = (event: Event) => {
    if (!active()) return;
    const target = originalTarget(event);
    if (!target) return;
    const composer = safe(() => adapter.sendControlFor(target, doc));
    if (!composer) return;
    if (bypass.consume(composer.editor)) return;
    if (options.onSend(composer, 'click')) stop(event);
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
