/**
 * Messenger at www.messenger.com and facebook.com/messages (messenger.com is being folded into
 * facebook.com): one chat composer per open thread, Enter sends, and the send button
 * ("Press enter to send") replaces the like button while the draft is not empty.
 * Fixture: test/fixtures/sites/messenger.ts.
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
import { FACEBOOK_HOSTS } from './facebook';
import type { Composer, SiteAdapter, Surface } from './types';

export const messengerSelectors = {
  editor: [
    // 2024+ thread composer wrapper holding the Lexical editor (label not translated)
    `div[aria-label="Thread composer"] ${LEXICAL_EDITOR}`,
    // the editor itself, English UI
    `${LEXICAL_EDITOR}[aria-label="Message"]`,
    // German UI
    `${LEXICAL_EDITOR}[aria-label="Nachricht"]`,
    // placeholder "Aa" (any language)
    `${LEXICAL_EDITOR}[aria-placeholder="Aa"]`,
  ],
  sendControl: [
    // send button while the draft is non-empty, English UI
    'div[role="button"][aria-label="Press enter to send"]',
    // German UI
    'div[role="button"][aria-label="Zum Senden Eingabetaste drücken"]',
  ],
  /** The composer bar, where typeahead menus not wired by ARIA would appear. */
  composerBar: ['div[aria-label="Thread composer"]'],
  /** Regions where a "Send" is not the composer's (thread list, top bar). */
  landmarks: ['[role="navigation"]', '[role="banner"]'],
} as const;

const S = messengerSelectors;
const MESSAGES_PATH = /^\/messages(\/|$)/;

function surfaceOf(editor: HTMLElement): Surface | null {
  return matchesAny(editor, S.editor) ? 'chat' : null;
}

function findComposers(root: ParentNode): Composer[] {
  return collectComposers(root, S.editor, surfaceOf);
}

export const adapter: SiteAdapter = {
  id: 'messenger',
  matches: (url) =>
    url.hostname === 'www.messenger.com' ||
    url.hostname === 'messenger.com' ||
    (FACEBOOK_HOSTS.includes(url.hostname) && MESSAGES_PATH.test(url.pathname)),
  findComposers,
  composerFor(element) {
    const editor = closestAny(element, [LEXICAL_EDITOR]);
    return editor && surfaceOf(editor) ? { editor, surface: 'chat' } : null;
  },
  sendControlFor(target, root) {
    const control = closestAny(target, S.sendControl);
    if (!control || isDisabled(control)) return null;
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
    return typeaheadOpen(composer.editor) || visibleListboxIn(closestAny(composer.editor, S.composerBar));
  },
  anchorFor(composer) {
    // Above the composer bar, outside the editor and its wrapper.
    return closestAny(composer.editor, S.composerBar) ?? composer.editor.parentElement ?? composer.editor;
  },
};
