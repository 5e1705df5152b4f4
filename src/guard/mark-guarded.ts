import type { SiteId } from '../sites/types';

/** Attribute on <html> (outside any editor) that tells tests and the popup the guard runs. */
export const GUARD_ATTRIBUTE = 'data-vertraulich';

export function markGuarded(site: SiteId, doc: Document = document): () => void {
  doc.documentElement.setAttribute(GUARD_ATTRIBUTE, site);
  return () => doc.documentElement.removeAttribute(GUARD_ATTRIBUTE);
}
