/**
 * Facebook (www.facebook.com, web.facebook.com; not /messages, that is Messenger): comment and
 * reply boxes (Enter submits) and the post composer dialog (Enter adds a line; the Post button,
 * sometimes after a Next step, publishes), and Messenger chat windows on the feed (surface
 * "chat", Enter sends). Fixture: test/fixtures/sites/facebook.ts.
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
  startsWithAny,
  typeaheadOpen,
  visibleListboxIn,
} from './dom';
import type { Composer, SiteAdapter, Surface } from './types';

export const FACEBOOK_HOSTS: readonly string[] = ['www.facebook.com', 'web.facebook.com', 'facebook.com'];

export const facebookSelectors = {
  editor: [
    // every Facebook composer since 2023 is a Lexical root
    LEXICAL_EDITOR,
  ],
  /** aria-label prefixes of comment and reply boxes. */
  commentLabels: [
    // English UI, top-level comment box
    'Comment as',
    // English UI, reply box under a comment
    'Reply to',
    // English UI, comment box without the author's name (second post in the fixture)
    'Write a comment',
    // German UI, top-level comment box
    'Kommentieren als',
    // German UI, comment box without the author's name
    'Schreibe einen Kommentar',
    // German UI, reply box
    'Antworten an',
  ],
  /** aria-label/aria-placeholder prefixes of the post composer's textbox. */
  postLabels: [
    // English UI, profile/feed composer
    "What's on your mind",
    // German UI
    'Was machst du gerade',
  ],
  /** The post composer's container. */
  postDialog: [
    // "Create post" dialog
    'div[role="dialog"]',
  ],
  postButton: [
    // English UI
    'div[role="button"][aria-label="Post"]',
    // German UI
    'div[role="button"][aria-label="Posten"]',
  ],
  commentButton: [
    // the focused comment box's submit (any language)
    '#focused-state-composer-submit div[role="button"]',
    // English UI, other comment/reply boxes
    'div[role="button"][aria-label="Comment"]',
    // German UI
    'div[role="button"][aria-label="Kommentieren"]',
  ],
  /**
   * Messenger chat windows on the feed. Assumed, not confirmed against the live site: they
   * reuse Messenger's thread composer (see src/sites/messenger.ts).
   */
  chatEditor: [
    // chat window's thread composer (label not translated)
    `div[aria-label="Thread composer"] ${LEXICAL_EDITOR}`,
  ],
  chatSendButton: [
    // English UI
    'div[role="button"][aria-label="Press enter to send"]',
    // German UI
    'div[role="button"][aria-label="Zum Senden Eingabetaste drücken"]',
  ],
  audienceButton: [
    // post dialog audience selector, English UI ("Edit privacy. Sharing with Public.")
    'div[role="button"][aria-label^="Edit privacy"]',
    // German UI („Privatsphäre bearbeiten. Geteilt mit Öffentlich.“)
    'div[role="button"][aria-label^="Privatsphäre bearbeiten"]',
  ],
  /** Regions where a button is not a composer's own (top bar, navigation, the whole feed). */
  landmarks: ['[role="banner"]', '[role="navigation"]', '[role="feed"]'],
} as const;

const S = facebookSelectors;
const SEND_CONTROLS = [...S.postButton, ...S.commentButton, ...S.chatSendButton];
const CONTROLS_BY_SURFACE = { post: S.postButton, comment: S.commentButton, chat: S.chatSendButton } as const;
/** The audience names that make a post public (English, German); \b is ASCII-only, hence \p{L}. */
const PUBLIC_AUDIENCE = /(?<!\p{L})(?:Public|Öffentlich)(?!\p{L})/u;

function label(editor: HTMLElement, name: 'aria-label' | 'aria-placeholder'): string | null {
  return editor.getAttribute(name);
}

export function facebookSurfaceOf(editor: HTMLElement): Surface | null {
  if (!matchesAny(editor, S.editor)) return null;
  if (matchesAny(editor, S.chatEditor)) return 'chat';
  // Comment first: a post opened in a dialog has its comment boxes inside that dialog.
  if (startsWithAny(label(editor, 'aria-label'), S.commentLabels)) return 'comment';
  if (
    startsWithAny(label(editor, 'aria-label'), S.postLabels) ||
    startsWithAny(label(editor, 'aria-placeholder'), S.postLabels)
  )
    return 'post';
  // A composer dialog with a Post button (group posts: "Write something…") is a post, too.
  const dialog = closestAny(editor, S.postDialog);
  if (dialog && queryAll(dialog, S.postButton).length > 0) return 'post';
  return null;
}

function findComposers(root: ParentNode): Composer[] {
  return collectComposers(root, S.editor, facebookSurfaceOf);
}

export const adapter: SiteAdapter = {
  id: 'facebook',
  matches: (url) => FACEBOOK_HOSTS.includes(url.hostname) && !/^\/messages(\/|$)/.test(url.pathname),
  findComposers,
  composerFor(element) {
    const editor = closestAny(element, S.editor);
    const surface = editor ? facebookSurfaceOf(editor) : null;
    return editor && surface ? { editor, surface } : null;
  },
  sendControlFor(target, root) {
    const control = closestAny(target, SEND_CONTROLS);
    if (!control || isDisabled(control)) return null;
    const composer = owningComposer(control, findComposers(root), S.landmarks);
    // The Post button publishes posts, the Comment button comments, the send button chats.
    if (!composer || composer.surface === 'caption') return null;
    return matchesAny(control, CONTROLS_BY_SURFACE[composer.surface]) ? composer : null;
  },
  findSendControl(composer, root) {
    const composers = findComposers(root);
    if (composer.surface === 'caption') return null;
    const wanted = CONTROLS_BY_SURFACE[composer.surface];
    for (const control of queryAll(root, wanted)) {
      if (owningComposer(control, composers, S.landmarks)?.editor === composer.editor) return clickable(control);
    }
    return null;
  },
  enterSends: (surface) => surface !== 'post',
  isMenuOpen(composer) {
    if (typeaheadOpen(composer.editor)) return true;
    return visibleListboxIn(
      composer.editor.closest('form, div[aria-label="Thread composer"]') ?? closestAny(composer.editor, S.postDialog),
    );
  },
  anchorFor(composer) {
    // Comments: above the comment form; chat: above the composer bar; post: above the editor.
    const anchor =
      composer.surface === 'comment'
        ? composer.editor.closest('form')
        : composer.surface === 'chat'
          ? composer.editor.closest<HTMLElement>('div[aria-label="Thread composer"]')
          : null;
    return anchor ?? composer.editor.parentElement ?? composer.editor;
  },
  isPublicAudience(composer) {
    if (composer.surface !== 'post') return false;
    const dialog = closestAny(composer.editor, S.postDialog);
    // Only the audience button counts: the draft itself may well contain "public". A post
    // composer without one (a Page's post) publishes to everyone, so it counts as public.
    const buttons = dialog ? queryAll(dialog, S.audienceButton) : [];
    if (!buttons.length) return true;
    return buttons.some(
      (button) =>
        PUBLIC_AUDIENCE.test(button.getAttribute('aria-label') ?? '') || PUBLIC_AUDIENCE.test(button.textContent ?? ''),
    );
  },
};
