/**
 * Fail safe when a site changes (issue 12): a focused editable that the site adapter does not
 * recognise as a composer (and does not know as something else, such as a search box) is
 * guarded anyway, as a generic composer of the adapter's fallback surface. The wrapped adapter
 * answers with the site's own composers plus these, so the rest of the guard needs no special
 * case. Nothing here modifies the page.
 */
import type { Composer, SiteAdapter } from '../sites/types';

export interface Fallback {
  /** The site adapter, plus the generic composers adopted so far. */
  readonly adapter: SiteAdapter;
  /** A focused element: its editable if the adapter missed it (now adopted), else null. */
  adopt(target: Element): Composer | null;
  isGeneric(editor: Element): boolean;
}

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [role="textbox"]';

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

export function createFallback(site: SiteAdapter): Fallback {
  const generic = new Map<HTMLElement, Composer>();

  const genericFor = (element: Element): Composer | null => {
    for (const [editor, composer] of generic) {
      if (!editor.isConnected) generic.delete(editor);
      else if (editor === element || editor.contains(element)) return composer;
    }
    return null;
  };

  const adapter: SiteAdapter = {
    get id() {
      return site.id;
    },
    matches: (url) => site.matches(url),
    findComposers(root) {
      const found = site.findComposers(root);
      const known = new Set(found.map((composer) => composer.editor));
      for (const [editor, composer] of generic) {
        if (!editor.isConnected) generic.delete(editor);
        else if (!known.has(editor)) found.push(composer);
      }
      return found;
    },
    composerFor: (element) => safe(() => site.composerFor(element)) ?? genericFor(element),
    sendControlFor: (target, root) => site.sendControlFor(target, root),
    findSendControl: (composer, root) => site.findSendControl(composer, root),
    enterSends: (surface) => site.enterSends(surface),
    isMenuOpen: (composer, root) => site.isMenuOpen(composer, root),
    anchorFor: (composer) =>
      generic.has(composer.editor) ? (composer.editor.parentElement ?? composer.editor) : site.anchorFor(composer),
    isPublicAudience: (composer, root) => site.isPublicAudience?.(composer, root) ?? false,
  };

  return {
    adapter,
    adopt(target) {
      const editable = safe(() => target.closest<HTMLElement>(EDITABLE));
      // Form fields (search inputs) are not composers of these sites.
      if (!editable || editable.tagName === 'INPUT' || editable.tagName === 'TEXTAREA') return null;
      if (generic.has(editable)) return null;
      if (safe(() => site.composerFor(editable))) return null;
      if (safe(() => site.isNonComposer?.(editable))) return null;
      const composer: Composer = { editor: editable, surface: site.fallbackSurface ?? 'chat' };
      generic.set(editable, composer);
      return composer;
    },
    isGeneric: (editor) => generic.has(editor as HTMLElement),
  };
}
