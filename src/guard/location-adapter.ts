/**
 * Facebook is a single-page app: /messages is Messenger, everything else Facebook, and the
 * user moves between them without a page load. This adapter asks, on every call, which
 * adapter the current URL belongs to, so the content script needs no reload to follow.
 */
import type { SiteAdapter } from '../sites/types';

export function locationAdapter(
  adapters: readonly SiteAdapter[],
  fallback: SiteAdapter,
  currentUrl: () => string = () => location.href,
): SiteAdapter {
  const pick = (): SiteAdapter => {
    try {
      const url = new URL(currentUrl());
      return adapters.find((adapter) => adapter.matches(url)) ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    get id() {
      return pick().id;
    },
    matches: (url) => adapters.some((adapter) => adapter.matches(url)),
    findComposers: (root) => pick().findComposers(root),
    composerFor: (element) => pick().composerFor(element),
    sendControlFor: (target, root) => pick().sendControlFor(target, root),
    findSendControl: (composer, root) => pick().findSendControl(composer, root),
    enterSends: (surface) => pick().enterSends(surface),
    isMenuOpen: (composer, root) => pick().isMenuOpen(composer, root),
    anchorFor: (composer) => pick().anchorFor(composer),
    isPublicAudience: (composer, root) => pick().isPublicAudience?.(composer, root) ?? false,
    isNonComposer: (editable) => pick().isNonComposer?.(editable) ?? false,
    get fallbackSurface() {
      return pick().fallbackSurface;
    },
  };
}
