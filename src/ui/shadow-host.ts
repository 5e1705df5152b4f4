/**
 * Our UI lives in a shadow root on a host element we create, so the site's CSS cannot
 * restyle it and ours cannot leak. The root is open so end-to-end tests can reach it;
 * a page script could read it, but it only ever shows categories and counts, and every
 * confirmation requires a trusted (user) event.
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
