import { describe, expect, it } from 'vitest';
import { extractDraft, positionAt, rangeFor } from '../../../src/guard/draft-text';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.innerHTML = html;
  document.body.replaceChildren(editor);
  return editor;
}

describe('extractDraft', () => {
  it.each([
    ['empty Lexical editor', '<p><br></p>', ''],
    ['one paragraph', '<p><span data-lexical-text="true">Hallo Welt</span></p>', 'Hallo Welt'],
    ['two paragraphs joined by one newline', '<p><span>a</span></p><p><span>b</span></p>', 'a\nb'],
    ['empty paragraph between is an empty line', '<p><span>a</span></p><p><br></p><p><span>c</span></p>', 'a\n\nc'],
    ['leading empty paragraph', '<p><br></p><p><span>b</span></p>', '\nb'],
    ['line break inside a paragraph', '<p><span>a</span><br><span>b</span></p>', 'a\nb'],
    ['trailing line break plus placeholder', '<p><span>a</span><br><br></p>', 'a\n'],
    ['formatted runs', '<p><span>Frau </span><strong><span>Becker</span></strong></p>', 'Frau Becker'],
    ['emoji image as its alt', '<p><span>Hi </span><img alt="😀"><span> du</span></p>', 'Hi 😀 du'],
    ['plain text directly in root', 'nur Text', 'nur Text'],
    ['list items not doubled', '<ul><li><span>x</span></li><li><span>y</span></li></ul>', 'x\ny'],
  ])('%s', (_name, html, expected) => {
    expect(extractDraft(editorWith(html)).text).toBe(expected);
  });

  it('does not count a placeholder <br> that is followed by content as placeholder', () => {
    expect(extractDraft(editorWith('<p><br><span>x</span></p>')).text).toBe('\nx');
  });
});

describe('offset mapping', () => {
  const html = '<p><span>Hallo </span><b><span>Frau Becker</span></b></p><p><span>Depression</span></p>';

  it('maps every character of a text segment back to its node and offset', () => {
    const editor = editorWith(html);
    const draft = extractDraft(editor);
    for (let i = 0; i < draft.text.length; i += 1) {
      if (draft.text[i] === '\n') continue;
      const position = positionAt(draft, i, 'start')!;
      expect(position.node.data[position.offset]).toBe(draft.text[i]);
    }
  });

  it.each([
    ['Becker', 'Becker'],
    ['Frau Becker', 'Frau Becker'],
    ['Depression', 'Depression'],
    // A span across the paragraph break covers the text on both sides, not the synthetic "\n".
    ['Becker\nDepression', 'BeckerDepression'],
  ])('a range for %j covers exactly that text', (needle, rendered) => {
    const editor = editorWith(html);
    const draft = extractDraft(editor);
    const start = draft.text.indexOf(needle);
    const range = rangeFor(draft, start, start + needle.length, document)!;
    expect(range.toString()).toBe(rendered);
  });

  it('returns null for empty, inverted or out-of-range spans instead of throwing', () => {
    const draft = extractDraft(editorWith(html));
    expect(rangeFor(draft, 3, 3, document)).toBeNull();
    expect(rangeFor(draft, 5, 2, document)).toBeNull();
    expect(rangeFor(draft, 500, 510, document)).toBeNull();
  });

  it('returns null when the nodes were replaced meanwhile (Lexical re-render)', () => {
    const editor = editorWith(html);
    const draft = extractDraft(editor);
    editor.innerHTML = '<p><span>neu</span></p>';
    // Detached nodes still accept ranges in the DOM spec; the point is: no throw.
    expect(() => rangeFor(draft, 0, 5, document)).not.toThrow();
  });
});
