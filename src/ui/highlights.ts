/**
 * Marks findings in the draft with the CSS Custom Highlight API: no DOM change inside the
 * Lexical editor (Lexical would revert it), only Ranges registered under one name. Where
 * the API is missing (Firefox < 140), nothing is marked and nothing breaks.
 *
 * The registry (CSS.highlights) belongs to the page, so a page script can read it. What it must
 * not learn there is the Art. 9 classification (issue 12, finding 14): every finding, whatever
 * its category, goes into ONE highlight, under a random name chosen per guard instance, so there
 * is no fixed, documented name to look up and no name that maps to a category.
 */
const STYLE_ATTRIBUTE = 'data-vertraulich-highlight';

/** A neutral random name, new for every guard instance (a CSS identifier: starts with a letter). */
export function randomHighlightName(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `h${[...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('')}`;
}

// The ::highlight rule must be page-level CSS: a highlight is painted by the page's styles.
const highlightCss = (name: string) => `
::highlight(${name}) { background-color: rgba(255, 179, 0, 0.35); text-decoration: underline wavy #c62828; text-decoration-thickness: 2px; }
@media (prefers-color-scheme: dark) { ::highlight(${name}) { background-color: rgba(255, 159, 67, 0.35); text-decoration-color: #ff8a80; } }
html.__fb-dark-mode ::highlight(${name}) { background-color: rgba(255, 159, 67, 0.35); text-decoration-color: #ff8a80; }
`;

interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: AbstractRange[]) => unknown;
}

export interface Highlighter {
  readonly supported: boolean;
  /** This instance's highlight name in CSS.highlights. */
  readonly name: string;
  set(key: object, ranges: AbstractRange[]): void;
  clear(key: object): void;
  dispose(): void;
}

function highlightApi(win: unknown): HighlightApi | null {
  const w = win as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] } | null;
  const registry = w?.CSS?.highlights;
  const Highlight = w?.Highlight;
  if (!registry || typeof registry.set !== 'function' || typeof Highlight !== 'function') return null;
  return { registry, Highlight };
}

export function createHighlighter(
  doc: Document,
  win: unknown = doc.defaultView,
  name: string = randomHighlightName(),
): Highlighter {
  const api = highlightApi(win);
  const byKey = new Map<object, AbstractRange[]>();
  let style: HTMLStyleElement | null = null;

  const publish = () => {
    if (!api) return;
    try {
      const all = [...byKey.values()].flat();
      if (all.length === 0) api.registry.delete(name);
      else {
        ensureStyle();
        api.registry.set(name, new api.Highlight(...all));
      }
    } catch {
      // A broken or partial implementation: no highlight rather than a broken guard.
    }
  };

  const ensureStyle = () => {
    if (style?.isConnected) return;
    style = doc.querySelector<HTMLStyleElement>(`style[${STYLE_ATTRIBUTE}]`) ?? doc.createElement('style');
    style.setAttribute(STYLE_ATTRIBUTE, '');
    style.textContent = highlightCss(name);
    (doc.head ?? doc.documentElement).append(style);
  };

  return {
    supported: api !== null,
    name,
    set(key, ranges) {
      if (!api) return;
      if (ranges.length === 0 && !byKey.has(key)) return;
      if (ranges.length === 0) byKey.delete(key);
      else byKey.set(key, ranges);
      publish();
    },
    clear(key) {
      if (byKey.delete(key)) publish();
    },
    dispose() {
      byKey.clear();
      try {
        api?.registry.delete(name);
      } catch {
        // ignore
      }
      style?.remove();
      style = null;
    },
  };
}
