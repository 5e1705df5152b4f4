import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../src/ui/highlights';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function fakeWindow() {
  const registry = new Map<string, FakeHighlight>();
  return { registry, win: { CSS: { highlights: registry }, Highlight: FakeHighlight } };
}

function rangeOver(text: string): Range {
  const node = document.createTextNode(text);
  document.body.append(node);
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, text.length);
  return range;
}

describe('highlights', () => {
  it('registers all composers’ ranges under one name and injects the page-level ::highlight rule', () => {
    const { registry, win } = fakeWindow();
    const highlighter = createHighlighter(document, win);
    const HIGHLIGHT_NAME = highlighter.name;
    const a = {};
    const b = {};
    highlighter.set(a, [rangeOver('x')]);
    highlighter.set(b, [rangeOver('y'), rangeOver('z')]);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges).toHaveLength(3);
    const style = document.querySelector('style[data-vertraulich-highlight]')!;
    expect(style.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    highlighter.clear(a);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges).toHaveLength(2);
    highlighter.set(b, []);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    highlighter.dispose();
    expect(document.querySelector('style[data-vertraulich-highlight]')).toBeNull();
  });

  it('names the highlight at random per instance: no fixed name a page script could look up (finding 14)', () => {
    const names = new Set(Array.from({ length: 20 }, () => createHighlighter(document, fakeWindow().win).name));
    expect(names.size).toBe(20);
    for (const name of names) {
      expect(name).toMatch(/^h[0-9a-z]{8,}$/);
      expect(name).not.toMatch(/vertraulich|warn|health|name|special|social|identifier/);
    }
  });

  it('without the API: nothing happens and nothing throws', () => {
    const highlighter = createHighlighter(document, {});
    expect(highlighter.supported).toBe(false);
    expect(() => highlighter.set({}, [rangeOver('x')])).not.toThrow();
    expect(document.querySelector('style[data-vertraulich-highlight]')).toBeNull();
  });

  it('a throwing implementation does not break the guard', () => {
    const win = {
      CSS: {
        highlights: {
          set: () => {
            throw new Error('x');
          },
          delete: () => {},
        },
      },
      Highlight: FakeHighlight,
    };
    const highlighter = createHighlighter(document, win);
    expect(() => highlighter.set({}, [rangeOver('x')])).not.toThrow();
  });
});
