/**
 * Read-only DOM helpers shared by the site adapters. Nothing here modifies the page: the
 * composers are Lexical editors, which revert DOM changes they did not make themselves.
 */
import type { Composer, Surface } from './types';

/** Every composer on the three sites is this element (Lexical's root, 2023–2026). */
export const LEXICAL_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/** A selector table entry is a list of alternatives; query them as one selector list. */
export function anyOf(alternatives: readonly string[]): string {
  return alternatives.join(', ');
}

export function queryAll(root: ParentNode, alternatives: readonly string[]): HTMLElement[] {
  try {
    return [...root.querySelectorAll<HTMLElement>(anyOf(alternatives))];
  } catch {
    return [];
  }
}

export function matchesAny(element: Element, alternatives: readonly string[]): boolean {
  try {
    return element.matches(anyOf(alternatives));
  } catch {
    return false;
  }
}

export function closestAny(element: Element, alternatives: readonly string[]): HTMLElement | null {
  try {
    return element.closest<HTMLElement>(anyOf(alternatives));
  } catch {
    return null;
  }
}

export function startsWithAny(text: string | null | undefined, prefixes: readonly string[]): boolean {
  if (!text) return false;
  const normalised = text.trim();
  return prefixes.some((prefix) => normalised.startsWith(prefix));
}

/** Editors in document order, each once, classified by `surfaceOf` (null: not a composer). */
export function collectComposers(
  root: ParentNode,
  alternatives: readonly string[],
  surfaceOf: (editor: HTMLElement) => Surface | null,
): Composer[] {
  const composers: Composer[] = [];
  for (const editor of queryAll(root, alternatives)) {
    const surface = surfaceOf(editor);
    if (surface) composers.push({ editor, surface });
  }
  return composers;
}

/**
 * The composer a send control belongs to: climb from the control to the first ancestor that
 * contains a composer's editor. That ancestor is the composer's own form/footer/dialog unless
 * it also holds a page landmark (side pane, feed, navigation): then the control is a "Send"
 * elsewhere on the page (an invite, a share button) and belongs to no composer.
 */
export function owningComposer(
  control: Element,
  composers: readonly Composer[],
  landmarks: readonly string[],
): Composer | null {
  const landmark = anyOf(landmarks);
  for (let ancestor: Element | null = control; ancestor; ancestor = ancestor.parentElement) {
    const inside = composers.filter((composer) => ancestor !== composer.editor && ancestor.contains(composer.editor));
    if (inside.length === 0) continue;
    if (inside.length > 1) return null;
    if (landmark && (ancestor.matches(landmark) || ancestor.querySelector(landmark))) return null;
    return inside[0]!;
  }
  return null;
}

/** The clickable element of a send control match (an icon span's button). */
export function clickable(element: HTMLElement): HTMLElement {
  return element.closest<HTMLElement>('button, [role="button"]') ?? element;
}

export function isDisabled(element: Element): boolean {
  return element.getAttribute('aria-disabled') === 'true' || (element as HTMLButtonElement).disabled === true;
}

/** Hidden by the page (not merely off-screen): [hidden] or aria-hidden on it or an ancestor. */
export function isHidden(element: Element): boolean {
  return element.closest('[hidden], [aria-hidden="true"]') !== null;
}

const MENU_ROLES = new Set(['listbox', 'menu', 'grid', 'tree', 'dialog']);

/**
 * A typeahead (mention, emoji) is open for this editor, the way Lexical's typeahead plugin
 * and the sites wire it: the editor's aria-controls / aria-owns names a visible popup, or its
 * aria-activedescendant names an existing option. A stale attribute naming nothing is "closed".
 */
export function typeaheadOpen(editor: HTMLElement): boolean {
  const doc = editor.ownerDocument;
  const ids = [editor.getAttribute('aria-controls'), editor.getAttribute('aria-owns')]
    .flatMap((value) => (value ?? '').split(/\s+/))
    .filter(Boolean);
  for (const id of ids) {
    const popup = doc.getElementById(id);
    if (popup && !isHidden(popup) && MENU_ROLES.has(popup.getAttribute('role') ?? '') && popup.childElementCount > 0)
      return true;
  }
  const active = editor.getAttribute('aria-activedescendant');
  if (active) {
    const option = doc.getElementById(active);
    if (option && !isHidden(option)) return true;
  }
  return false;
}

/** A visible listbox inside `container` (menus that are not wired to the editor by ARIA). */
export function visibleListboxIn(container: Element | null): boolean {
  if (!container) return false;
  return [...container.querySelectorAll('[role="listbox"]')].some(
    (listbox) => !isHidden(listbox) && listbox.childElementCount > 0,
  );
}
