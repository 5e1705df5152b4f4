/**
 * WhatsApp Web: the chat composer in `#main footer` and the media caption editor in the media
 * dialog, each with its own send button. Enter sends on both; the send button exists only
 * while the draft is not empty. Fixture: test/fixtures/sites/whatsapp.ts.
 */
import {
  LEXICAL_EDITOR,
  clickable,
  closestAny,
  collectComposers,
  isDisabled,
  matchesAny,
  owningComposer,
  queryAll,
  typeaheadOpen,
  visibleListboxIn,
} from './dom';
import type { Composer, SiteAdapter, Surface } from './types';

export const whatsappSelectors = {
  chatEditor: [
    // 2024+ main composer: Lexical in the open chat's footer (data-tab="10", "Type a message")
    `#main footer ${LEXICAL_EDITOR}`,
    // pre-Lexical composer (2022–2023 automation scripts): contenteditable with data-tab="10"
    '#main footer div[contenteditable="true"][data-tab="10"]',
  ],
  captionEditor: [
    // media editor caption, English UI ("Add a caption…")
    `${LEXICAL_EDITOR}[aria-placeholder^="Add a caption"]`,
    // media editor caption, German UI („Bildunterschrift hinzufügen“)
    `${LEXICAL_EDITOR}[aria-placeholder^="Bildunterschrift hinzufügen"]`,
  ],
  sendControl: [
    // 2024+ chat footer send button, English UI
    'button[aria-label="Send"]',
    // German UI
    'button[aria-label="Senden"]',
    // media editor send (a div with role=button), English UI
    'div[role="button"][aria-label="Send"]',
    // German UI
    'div[role="button"][aria-label="Senden"]',
    // 2024+ send icon (the click target is often this span or its svg)
    'span[data-icon="wds-ic-send-filled"]',
    // older send icon, still seen in the media editor
    'span[data-icon="send"]',
  ],
  /** Regions where a "Send" is not a composer's (the chat list, the side pane's dialogs). */
  landmarks: ['#side', '#pane-side', '[role="grid"]'],
  /** Mention/emoji typeahead not wired by ARIA: a listbox shown above the footer in #main. */
  menuContainer: ['#main'],
} as const;

const S = whatsappSelectors;

function surfaceOf(editor: HTMLElement): Surface | null {
  if (matchesAny(editor, S.captionEditor)) return 'caption';
  if (matchesAny(editor, S.chatEditor)) return 'chat';
  return null;
}

function findComposers(root: ParentNode): Composer[] {
  return collectComposers(root, [...S.chatEditor, ...S.captionEditor], surfaceOf);
}

export const adapter: SiteAdapter = {
  id: 'whatsapp',
  matches: (url) => url.hostname === 'web.whatsapp.com',
  findComposers,
  composerFor(element) {
    const editor = closestAny(element, ['div[contenteditable="true"]']);
    const surface = editor ? surfaceOf(editor) : null;
    return editor && surface ? { editor, surface } : null;
  },
  sendControlFor(target, root) {
    const control = closestAny(target, S.sendControl);
    if (!control || isDisabled(clickable(control))) return null;
    return owningComposer(control, findComposers(root), S.landmarks);
  },
  findSendControl(composer, root) {
    const composers = findComposers(root);
    for (const control of queryAll(root, S.sendControl)) {
      if (owningComposer(control, composers, S.landmarks)?.editor === composer.editor) return clickable(control);
    }
    return null;
  },
  enterSends: () => true,
  isMenuOpen(composer) {
    if (typeaheadOpen(composer.editor)) return true;
    const container =
      composer.surface === 'caption'
        ? composer.editor.closest('[role="dialog"]')
        : closestAny(composer.editor, S.menuContainer);
    return visibleListboxIn(container);
  },
  anchorFor(composer) {
    // The panel goes right above the footer (chat) or the caption row (caption).
    const anchor = composer.surface === 'chat' ? composer.editor.closest('footer') : composer.editor.parentElement;
    return anchor ?? composer.editor;
  },
};
