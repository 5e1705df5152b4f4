/**
 * Finds composers as they appear and notices when they go: single-page navigation,
 * switching chats and opening a post dialog all replace parts of the document. One
 * MutationObserver on the document; the (cheap) adapter query runs at most every
 * `throttle` ms, not per mutation, so typing in a busy page stays fast.
 */
import type { Composer, SiteAdapter } from '../sites/types';

export interface ComposerCallbacks {
  added(composer: Composer): void;
  removed(editor: HTMLElement): void;
}

export interface ComposerWatch {
  /** Look now (e.g. right before a send decision on a composer not yet seen). */
  refresh(): void;
  readonly editors: ReadonlySet<HTMLElement>;
}

export function watchComposers(
  adapter: SiteAdapter,
  doc: Document,
  callbacks: ComposerCallbacks,
  signal: AbortSignal,
  throttle = 100,
): ComposerWatch {
  const known = new Map<HTMLElement, Composer>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const refresh = () => {
    timer = null;
    if (signal.aborted) return;
    let found: Composer[];
    try {
      found = adapter.findComposers(doc);
    } catch {
      found = [];
    }
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      seen.add(composer.editor);
      const previous = known.get(composer.editor);
      if (previous && previous.surface === composer.surface) continue;
      if (previous) callbacks.removed(composer.editor);
      known.set(composer.editor, composer);
      callbacks.added(composer);
    }
    for (const editor of [...known.keys()]) {
      if (!seen.has(editor) || !editor.isConnected) {
        known.delete(editor);
        callbacks.removed(editor);
      }
    }
  };

  const observer = new MutationObserver(() => {
    if (timer === null && !signal.aborted) timer = setTimeout(refresh, throttle);
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      for (const editor of known.keys()) callbacks.removed(editor);
      known.clear();
    },
    { once: true },
  );
  refresh();
  return {
    refresh,
    get editors() {
      return new Set(known.keys());
    },
  };
}
