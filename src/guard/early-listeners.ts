/**
 * The send interceptor's listeners must sit on window in the capture phase from
 * document_start, before the site registers its own. The detector is large, though, and
 * evaluating it at document_start lands in the page's own parser task (a long task on a busy
 * page). So a tiny content script registers the window listeners at document_start and relays
 * the events; the guard, loaded at document_idle in the same isolated world (content scripts of
 * one extension share it), attaches its handlers to the relay. Until it has, events pass.
 */

type Listener = (event: Event) => void;
export type RelayedType = 'keydown' | 'keyup' | 'click' | 'pointerdown' | 'mousedown';
const TYPES: readonly RelayedType[] = ['keydown', 'keyup', 'click', 'pointerdown', 'mousedown'];

/** The shared slot in the isolated world's global object. */
const SLOT = '__vertraulichEarlyListeners';

export interface ListenerRelay {
  addEventListener(type: RelayedType, listener: Listener, options?: { signal?: AbortSignal }): void;
}

interface RelayState extends ListenerRelay {
  listeners: Map<RelayedType, Set<Listener>>;
}

/** document_start: the capture-phase window listeners, relaying to whoever attaches later. */
export function installEarlyListeners(win: Window, signal: AbortSignal, scope: object = globalThis): ListenerRelay {
  const listeners = new Map<RelayedType, Set<Listener>>(TYPES.map((type) => [type, new Set()]));
  const relay: RelayState = {
    listeners,
    addEventListener(type, listener, options = {}) {
      if (options.signal?.aborted) return;
      listeners.get(type)?.add(listener);
      options.signal?.addEventListener('abort', () => listeners.get(type)?.delete(listener), { once: true });
    },
  };
  for (const type of TYPES)
    win.addEventListener(
      type,
      (event) => {
        for (const listener of listeners.get(type) ?? []) listener(event);
      },
      { capture: true, signal },
    );
  (scope as Record<string, unknown>)[SLOT] = relay;
  signal.addEventListener(
    'abort',
    () => {
      if ((scope as Record<string, unknown>)[SLOT] === relay) delete (scope as Record<string, unknown>)[SLOT];
    },
    { once: true },
  );
  return relay;
}

/** document_idle: the relay the early script installed, if it runs (else listen on window directly). */
export function earlyListeners(scope: object = globalThis): ListenerRelay | null {
  const relay = (scope as Record<string, unknown>)[SLOT];
  return relay && typeof (relay as ListenerRelay).addEventListener === 'function' ? (relay as ListenerRelay) : null;
}
