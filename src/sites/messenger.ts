/**
 * Messenger at www.messenger.com and facebook.com/messages (messenger.com is being folded into
 * facebook.com): one chat composer per open thread, Enter sends, and the send button
 * ("Press enter to send") replaces the like button while the draft is not empty.
 * Fixture: test/fixtures/sites/messenger.ts.
 */
import {
  LEXICAL_EDITOR,
  closestAny,
  collectComposers,
  controlOf,
  hasLabel,
  isDisabled,
  lastControlAfter,
  matchesAny,
  owningComposer,
  typeaheadOpen,
  visibleListboxNear,
} from './dom';
import { FACEBOOK_HOSTS, FACEBOOK_LABELS } from './facebook';
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
  /** The composer bar, where typeahead menus not wired by ARIA would appear. */
  composerBar: ['div[aria-label="Thread composer"]'],
  /** Regions where a "Send" is not the composer's (thread list, top bar). */
  landmarks: ['[role="navigation"]', '[role="banner"]'],
} as const;

/**
 * The send button's labels (fallback; the structural anchor is its position: the last control
 * of the thread composer, after the editor, which is the send button while there is a draft and
 * the like button otherwise). Shared with Facebook's chat windows.
 */
export const MESSENGER_SEND_LABELS: readonly string[] = FACEBOOK_LABELS.chatSend;

const S = messengerSelectors;
const MESSAGES_PATH = /^\/messages(\/|$)/;

function surfaceOf(editor: HTMLElement): Surface | null {
  return matchesAny(editor, S.editor) ? 'chat' : null;
}

function findComposers(root: ParentNode): Composer[] {
  return collectComposers(root, S.editor, surfaceOf);
}

/** The labelled send button of the composer bar, else (with a draft) its last control after the editor. */
function sendControlOf(composer: Composer): HTMLElement | null {
  const bar = closestAny(composer.editor, S.composerBar);
  if (!bar) return null;
  const labelled = [...bar.querySelectorAll<HTMLElement>('[role="button"], button')].find((control) =>
    hasLabel(control, MESSENGER_SEND_LABELS),
  );
  if (labelled) return labelled;
  return composer.editor.textContent?.trim() ? lastControlAfter(composer.editor, bar) : null;
}

export const adapter: SiteAdapter = {
  id: 'messenger',
  // The thread list and its search.
  isNonComposer: (editable) => closestAny(editable, S.landmarks) !== null,
  fallbackSurface: 'chat',
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
    const control = controlOf(target);
    if (!control || isDisabled(control)) return null;
    const composer = owningComposer(control, findComposers(root), S.landmarks);
    return composer && sendControlOf(composer) === control ? composer : null;
  },
  findSendControl: (composer) => sendControlOf(composer),
  enterSends: () => true,
  isMenuOpen(composer) {
    return (
      typeaheadOpen(composer.editor) || visibleListboxNear(composer.editor, closestAny(composer.editor, S.composerBar))
    );
  },
  anchorFor(composer) {
    // Above the composer bar, outside the editor and its wrapper.
    return closestAny(composer.editor, S.composerBar) ?? composer.editor.parentElement ?? composer.editor;
  },
};
