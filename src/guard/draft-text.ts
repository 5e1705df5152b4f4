/**
 * The draft as plain text plus a map back to the DOM, read from a Lexical editor without
 * touching it. Lexical renders blocks (paragraphs) as children of the root and text as
 * <span data-lexical-text> Text nodes; a line break inside a paragraph is a <br>, and an
 * empty paragraph holds a placeholder <br>. We join blocks with "\n" and read <br> as "\n",
 * so finding offsets from scan() can be mapped to (Text node, offset) pairs for highlights.
 */

/** One run of draft text: from a Text node (highlightable) or synthetic (a line break). */
export interface DraftSegment {
  start: number;
  end: number;
  node: Text | null;
}

export interface Draft {
  text: string;
  segments: DraftSegment[];
}

export interface DomPosition {
  node: Text;
  offset: number;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function extractDraft(editor: Element): Draft {
  const parts: string[] = [];
  const segments: DraftSegment[] = [];
  let length = 0;
  const push = (text: string, node: Text | null) => {
    if (!text) return;
    parts.push(text);
    segments.push({ start: length, end: length + text.length, node });
    length += text.length;
  };
  // Blocks are separated by one "\n"; a block opened as the first child of another block
  // (a list item in a list) adds none, so nesting does not double the separator.
  let blocksSeen = 0;
  let justOpenedBlock = false;

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child as Text).data;
        if (text) {
          push(text, child as Text);
          justOpenedBlock = false;
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (tag === 'BR') {
          if (!isPlaceholderBreak(element)) {
            push('\n', null);
            justOpenedBlock = false;
          }
        } else if (tag === 'IMG') {
          // WhatsApp renders emoji as <img alt="😀">: part of the text, not highlightable.
          push(element.getAttribute('alt') ?? '', null);
          justOpenedBlock = false;
        } else if (BLOCK_TAGS.has(tag)) {
          if (blocksSeen > 0 && !justOpenedBlock) push('\n', null);
          blocksSeen += 1;
          justOpenedBlock = true;
          walk(element);
          justOpenedBlock = false;
        } else {
          walk(element);
        }
      }
    }
  };
  walk(editor);
  return { text: parts.join(''), segments };
}

/**
 * Lexical's placeholder <br>: the only content of an empty paragraph, or the extra <br> it
 * appends after a trailing line break so the caret has a line to sit on.
 */
function isPlaceholderBreak(br: Element): boolean {
  if (br.nextSibling) return false;
  const previous = br.previousSibling;
  if (!previous) return true;
  return previous.nodeType === ELEMENT_NODE && (previous as Element).tagName.toUpperCase() === 'BR';
}

/**
 * The DOM position of a text offset. A start offset binds to the following text, an end
 * offset to the preceding text, so a range never begins or ends on a synthetic line break.
 */
export function positionAt(draft: Draft, offset: number, bias: 'start' | 'end'): DomPosition | null {
  const { segments } = draft;
  if (bias === 'start') {
    for (const segment of segments) {
      if (segment.node && segment.end > offset)
        return { node: segment.node, offset: Math.max(0, offset - segment.start) };
    }
    return null;
  }
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i]!;
    if (segment.node && segment.start < offset)
      return { node: segment.node, offset: Math.min(offset, segment.end) - segment.start };
  }
  return null;
}

/**
 * A range covering [start, end) of the draft, or null when it cannot be placed. A StaticRange
 * where the browser has one: a live Range is updated by the browser on every DOM mutation, and
 * Lexical mutates the editor on every keystroke; the guard recomputes highlights after each
 * scan anyway, so nothing needs the live bookkeeping.
 */
export function rangeFor(draft: Draft, start: number, end: number, doc: Document): AbstractRange | null {
  if (!(end > start)) return null;
  const from = positionAt(draft, start, 'start');
  const to = positionAt(draft, end, 'end');
  if (!from || !to) return null;
  const StaticRangeCtor = (doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
  if (StaticRangeCtor && from.offset <= nodeLength(from.node) && to.offset <= nodeLength(to.node)) {
    try {
      const range = new StaticRangeCtor({
        startContainer: from.node,
        startOffset: from.offset,
        endContainer: to.node,
        endOffset: to.offset,
      });
      return range.collapsed ? null : range;
    } catch {
      // Fall through to a live Range.
    }
  }
  try {
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  } catch {
    // Nodes that went away between extraction and now: no highlight rather than an error.
    return null;
  }
}

function nodeLength(node: Node): number {
  return node.nodeType === 3 || node.nodeType === 8 ? (node.nodeValue ?? '').length : node.childNodes.length;
}
