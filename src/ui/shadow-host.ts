/**
 * Our UI lives in a shadow root on a host element we create, so the site's CSS cannot
 * restyle it and ours cannot leak. Only trusted (user) events confirm, cancel or record
 * anything in it, and its state is never read back from the DOM (a page script can set
 * `checked` or `disabled` there without an event).
 *
 * The root stays open (issue 12, finding 14, decided against closing it): a closed root hides
 * nothing the page lacks (it has the draft itself, and the panel's host and position show
 * that a warning is up), while Playwright, which drives the end-to-end tests in Chromium and
 * Firefox, cannot reach into closed roots, so the dialog and panel could no longer be tested
 * as a user uses them. What a page could read there is categories and counts; the highlight
 * registry gets a random, category-free name (highlights.ts). See docs/admin/deployment.md.
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createShadowHost(doc: Document, tag: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('data-vertraulich-ui', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/** Dark when the site says so (Facebook's class on <html>) or the system prefers it. */
export function prefersDark(doc: Document): boolean {
  const classes = doc.documentElement.classList;
  if (classes.contains('__fb-dark-mode')) return true;
  if (classes.contains('__fb-light-mode')) return false;
  try {
    return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  } catch {
    return false;
  }
}

/** Create an element with attributes and children in one expression. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
