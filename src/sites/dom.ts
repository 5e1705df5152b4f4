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

/**
 * Shown to the user: not hidden by attribute, and not display:none / visibility:hidden on it or
 * an ancestor (checkVisibility where the engine has it, computed styles otherwise). A listbox a
 * page left in the DOM with display:none is not an open menu (issue 12, finding 4).
 */
export function isRendered(element: Element): boolean {
  if (isHidden(element)) return false;
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return check.call(element, { visibilityProperty: true });
    } catch {
      // fall through to computed styles
    }
  }
  const view = element.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || (node === element && style.visibility === 'hidden')) return false;
  }
  return true;
}

const MENU_ROLES = new Set(['listbox', 'menu', 'grid', 'tree', 'dialog']);

/**
 * A typeahead (mention, emoji) is open for this editor, the way Lexical's typeahead plugin
 * and the sites wire it: the editor's aria-controls / aria-owns names a rendered popup, or its
 * aria-activedescendant names a rendered option. A stale attribute naming nothing is "closed".
 */
export function typeaheadOpen(editor: HTMLElement): boolean {
  const doc = editor.ownerDocument;
  const ids = [editor.getAttribute('aria-controls'), editor.getAttribute('aria-owns')]
    .flatMap((value) => (value ?? '').split(/\s+/))
    .filter(Boolean);
  for (const id of ids) {
    const popup = doc.getElementById(id);
    if (popup && isRendered(popup) && MENU_ROLES.has(popup.getAttribute('role') ?? '') && popup.childElementCount > 0)
      return true;
  }
  const active = editor.getAttribute('aria-activedescendant');
  if (active) {
    const option = doc.getElementById(active);
    if (option && isRendered(option)) return true;
  }
  return false;
}

/** How far (px) a menu not wired by ARIA may be from its editor and still be that editor's. */
const MENU_REACH = 480;

/**
 * A menu not wired to the editor by ARIA: a non-empty listbox inside `container` that is
 * rendered and, where the engine does layout, on screen next to the editor (overlapping it
 * horizontally, within MENU_REACH vertically). A hidden or far-away listbox anywhere in the
 * chat is not the composer's menu, so it cannot switch Enter interception off.
 */
export function visibleListboxNear(editor: HTMLElement, container: Element | null): boolean {
  if (!container) return false;
  const box = editor.getBoundingClientRect();
  const laidOut = box.width > 0 || box.height > 0;
  return [...container.querySelectorAll('[role="listbox"]')].some((listbox) => {
    if (listbox.childElementCount === 0 || !isRendered(listbox)) return false;
    if (!laidOut) return true;
    const menu = listbox.getBoundingClientRect();
    if (menu.width === 0 || menu.height === 0) return false;
    const overlaps = menu.left < box.right && menu.right > box.left;
    const near = menu.top < box.bottom + MENU_REACH && menu.bottom > box.top - MENU_REACH;
    return overlaps && near;
  });
}

/** The clickable control an event target is part of (a button, or an element with role=button). */
export function controlOf(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>('button, [role="button"]');
}

/** An aria-label equal to one of `labels` (trimmed; labels are data in the site files). */
export function hasLabel(element: Element, labels: readonly string[]): boolean {
  const label = element.getAttribute('aria-label')?.trim();
  return !!label && labels.includes(label);
}

/**
 * Position relative to the composer, independent of the interface language: the last visible,
 * enabled-or-not control in `region` that comes after the editor in document order (the send
 * button at the end of the composer's row or footer).
 */
export function lastControlAfter(editor: HTMLElement, region: Element | null): HTMLElement | null {
  if (!region) return null;
  const controls = [...region.querySelectorAll<HTMLElement>('button, [role="button"]')];
  for (let i = controls.length - 1; i >= 0; i--) {
    const control = controls[i]!;
    if (editor.contains(control) || control.contains(editor)) continue;
    if (!(editor.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING)) return null;
    if (isHidden(control)) continue;
    return control;
  }
  return null;
}
