/**
 * Marks findings in the draft with the CSS Custom Highlight API: no DOM change inside the
 * Lexical editor (Lexical would revert it), only Ranges registered under one name. Where
 * the API is missing (Firefox < 140), nothing is marked and nothing breaks.
 */
export const HIGHLIGHT_NAME = 'vertraulich-warn';
const STYLE_ATTRIBUTE = 'data-vertraulich-highlight';

// The ::highlight rule must be page-level CSS: a highlight is painted by the page's styles.
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 179, 0, 0.35); text-decoration: underline wavy #c62828; text-decoration-thickness: 2px; }
@media (prefers-color-scheme: dark) { ::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 159, 67, 0.35); text-decoration-color: #ff8a80; } }
html.__fb-dark-mode ::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 159, 67, 0.35); text-decoration-color: #ff8a80; }
`;

interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: AbstractRange[]) => unknown;
}

export interface Highlighter {
  readonly supported: boolean;
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

export function createHighlighter(doc: Document, win: unknown = doc.defaultView): Highlighter {
  const api = highlightApi(win);
  const byKey = new Map<object, AbstractRange[]>();
  let style: HTMLStyleElement | null = null;

  const publish = () => {
    if (!api) return;
    try {
      const all = [...byKey.values()].flat();
      if (all.length === 0) api.registry.delete(HIGHLIGHT_NAME);
      else {
        ensureStyle();
        api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...all));
      }
    } catch {
      // A broken or partial implementation: no highlight rather than a broken guard.
    }
  };

  const ensureStyle = () => {
    if (style?.isConnected) return;
    style = doc.querySelector<HTMLStyleElement>(`style[${STYLE_ATTRIBUTE}]`) ?? doc.createElement('style');
    style.setAttribute(STYLE_ATTRIBUTE, '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  };

  return {
    supported: api !== null,
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
        api?.registry.delete(HIGHLIGHT_NAME);
      } catch {
        // ignore
      }
      style?.remove();
      style = null;
    },
  };
}
