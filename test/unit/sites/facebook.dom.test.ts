import { describe, expect, it } from 'vitest';
import { adapter, facebookSelectors as S, facebookSurfaceOf } from '../../../src/sites/facebook';
import type { Composer } from '../../../src/sites/types';
import { $, askEverything, LANGS, loadSnapshot, type SnapshotLang } from './load-snapshot';

const STATES = [
  'facebook-feed',
  'facebook-comment-draft',
  'facebook-mention',
  'facebook-post-dialog',
  'facebook-post-friends',
  'facebook-post-next',
  'facebook-chat',
] as const;
type State = (typeof STATES)[number];
const counts = (
  feed: number,
  commentDraft: number,
  mention: number,
  post: number,
  friends: number,
  next: number,
  chat: number,
): Record<State, number> => ({
  'facebook-feed': feed,
  'facebook-comment-draft': commentDraft,
  'facebook-mention': mention,
  'facebook-post-dialog': post,
  'facebook-post-friends': friends,
  'facebook-post-next': next,
  'facebook-chat': chat,
});

const SELECTORS: [string, SnapshotLang | 'both', Record<State, number>][] = [
  // two comment boxes, a reply box once "Reply" was clicked, the post editor in the dialog
  [S.editor[0], 'both', counts(2, 3, 2, 3, 3, 3, 3)],
  [S.postDialog[0], 'both', counts(0, 0, 0, 1, 1, 1, 0)],
  // the focused comment box's form and submit; every comment box sits in its post's article
  // (two posts and one comment in the feed)
  [S.commentContainer[0], 'both', counts(3, 3, 3, 3, 3, 3, 3)],
  [S.commentContainer[1], 'both', counts(1, 1, 1, 1, 1, 1, 1)],
  [S.commentSubmit[0], 'both', counts(1, 1, 1, 1, 1, 1, 1)],
  [S.audienceButton[0], 'en', counts(0, 0, 0, 1, 1, 1, 0)],
  [S.audienceButton[1], 'de', counts(0, 0, 0, 1, 1, 1, 0)],
  [S.chatEditor[0], 'both', counts(0, 0, 0, 0, 0, 0, 1)],
];

/** Label prefixes: how many editors' aria-label starts with each. */
const LABELS: [string, SnapshotLang, Record<State, number>][] = [
  [S.commentLabels[0], 'en', counts(1, 1, 1, 1, 1, 1, 1)],
  [S.commentLabels[1], 'en', counts(0, 1, 0, 0, 0, 0, 0)],
  [S.commentLabels[2], 'en', counts(1, 1, 1, 1, 1, 1, 1)],
  [S.commentLabels[3], 'de', counts(1, 1, 1, 1, 1, 1, 1)],
  [S.commentLabels[4], 'de', counts(1, 1, 1, 1, 1, 1, 1)],
  [S.commentLabels[5], 'de', counts(0, 1, 0, 0, 0, 0, 0)],
  [S.postLabels[0], 'en', counts(0, 0, 0, 1, 1, 1, 0)],
  [S.postLabels[1], 'de', counts(0, 0, 0, 1, 1, 1, 0)],
];

describe('Facebook selector alternatives in the committed snapshots', () => {
  it('every alternative of the table is covered', () => {
    const selectors = [
      ...S.editor,
      ...S.postDialog,
      ...S.commentContainer,
      ...S.commentSubmit,
      ...S.chatEditor,
      ...S.audienceButton,
    ];
    expect(new Set(SELECTORS.map(([selector]) => selector))).toEqual(new Set(selectors));
    expect(new Set(LABELS.map(([prefix]) => prefix))).toEqual(new Set([...S.commentLabels, ...S.postLabels]));
  });

  for (const [selector, only, expected] of SELECTORS)
    for (const lang of LANGS)
      for (const state of STATES) {
        const count = only === 'both' || only === lang ? expected[state] : 0;
        it(`${selector} matches ${count} in ${state}.${lang}`, () => {
          loadSnapshot(state, lang);
          expect(document.querySelectorAll(selector)).toHaveLength(count);
        });
      }

  for (const [prefix, only, expected] of LABELS)
    for (const lang of LANGS)
      for (const state of STATES) {
        const count = only === lang ? expected[state] : 0;
        it(`aria-label "${prefix}…" is on ${count} editors in ${state}.${lang}`, () => {
          loadSnapshot(state, lang);
          const editors = [...document.querySelectorAll(S.editor[0])];
          expect(editors.filter((editor) => editor.getAttribute('aria-label')!.startsWith(prefix))).toHaveLength(count);
        });
      }
});

describe.each(LANGS)('Facebook adapter (%s)', (lang) => {
  const L = (de: string, en: string) => (lang === 'de' ? de : en);
  const comment = (editor: HTMLElement): Composer => ({ editor, surface: 'comment' });
  const post = (editor: HTMLElement): Composer => ({ editor, surface: 'post' });
  const editors = () => [...document.querySelectorAll<HTMLElement>(S.editor[0])];

  it('finds the comment boxes of the feed', () => {
    loadSnapshot('facebook-feed', lang);
    expect(adapter.findComposers(document)).toEqual(editors().map(comment));
  });

  it('finds reply boxes as comments', () => {
    loadSnapshot('facebook-comment-draft', lang);
    const found = adapter.findComposers(document);
    expect(found.map((c) => c.surface)).toEqual(['comment', 'comment', 'comment']);
    expect(found.map((c) => c.editor.getAttribute('aria-label'))).toContain(
      L('Antworten an Lena Beispiel', 'Reply to Lena Beispiel'),
    );
  });

  it.each(['facebook-post-dialog', 'facebook-post-next'])(
    'finds the post composer in the dialog (%s, also hidden behind Next)',
    (state) => {
      loadSnapshot(state, lang);
      const found = adapter.findComposers(document);
      expect(found.map((c) => c.surface)).toEqual(['comment', 'comment', 'post']);
      expect(found[2]!.editor.closest('[role="dialog"]')).not.toBeNull();
    },
  );

  it('classifies an unlabelled editor in a composer dialog as a post, in any language (group composer)', () => {
    loadSnapshot('facebook-post-dialog', lang);
    const editor = $('[role="dialog"] [data-lexical-editor="true"]');
    editor.setAttribute('aria-label', 'Écrivez quelque chose…');
    editor.setAttribute('aria-placeholder', 'Écrivez quelque chose…');
    expect(facebookSurfaceOf(editor)).toBe('post');
    // Dialog membership is the anchor, not the Post button's label: a renamed button still posts.
    $('[role="dialog"] .post-button').setAttribute('aria-label', 'Publier');
    expect(facebookSurfaceOf(editor)).toBe('post');
    // Near-miss: out of the dialog and unlabelled, it is nothing we know.
    document.body.append(editor);
    expect(facebookSurfaceOf(editor)).toBeNull();
  });

  it('maps nodes inside editors to their composer, and nothing else', () => {
    loadSnapshot('facebook-comment-draft', lang);
    const first = editors()[0]!;
    expect(adapter.composerFor($('span[data-lexical-text]', first))).toEqual(comment(first));
    expect(adapter.composerFor($('input[type="search"]'))).toBeNull();
    expect(adapter.composerFor($('[data-ad-preview="message"]'))).toBeNull();
  });

  it('recognises clicks on the Comment button (its inner icon) for the box it belongs to', () => {
    loadSnapshot('facebook-comment-draft', lang);
    const first = $('[data-lexical-editor="true"]', $('#focused-state-composer-submit').closest('form')!);
    const reply = $('.reply-slot [data-lexical-editor="true"]');
    expect(adapter.sendControlFor($('#focused-state-composer-submit i'), document)).toEqual(comment(first));
    expect(adapter.sendControlFor($('.reply-slot [role="button"] i'), document)).toEqual(comment(reply));
    expect(adapter.findSendControl(comment(first), document)).toBe($('#focused-state-composer-submit [role="button"]'));
    expect(adapter.findSendControl(comment(reply), document)).toBe($('.reply-slot [role="button"]'));
  });

  it('ignores a disabled (empty) Comment button', () => {
    loadSnapshot('facebook-feed', lang);
    expect(adapter.sendControlFor($('#focused-state-composer-submit i'), document)).toBeNull();
  });

  it('recognises the Post button, also on the step after Next', () => {
    loadSnapshot('facebook-post-dialog', lang);
    const postEditor = $('[role="dialog"] [data-lexical-editor="true"]');
    const button = $(`[role="dialog"] div[role="button"][aria-label="${L('Posten', 'Post')}"]`);
    expect(adapter.sendControlFor($('span', button), document)).toEqual(post(postEditor));
    expect(adapter.findSendControl(post(postEditor), document)).toBe(button);
    loadSnapshot('facebook-post-next', lang);
    const hiddenEditor = $('[role="dialog"] [data-lexical-editor="true"]');
    expect(adapter.sendControlFor($(`[role="dialog"] [aria-label="${L('Posten', 'Post')}"] span`), document)).toEqual(
      post(hiddenEditor),
    );
  });

  it.each([
    [
      'the share button ("Send this to friends")',
      '[role="feed"] [aria-label^="Sende das"], [role="feed"] [aria-label^="Send this"]',
      'facebook-comment-draft',
    ],
    [
      'the action bar "Leave a comment"',
      '[aria-label="Kommentar hinterlassen"], [aria-label="Leave a comment"]',
      'facebook-comment-draft',
    ],
    ['"Like"', '[aria-label="Gefällt mir"], [aria-label="Like"]', 'facebook-comment-draft'],
    ['"Reply" under a comment', '.comment-actions [role="button"]', 'facebook-comment-draft'],
    ['the "What\'s on your mind" opener', '.open-post span', 'facebook-feed'],
    [
      'the audience button',
      '[role="dialog"] [aria-label^="Privatsphäre"], [role="dialog"] [aria-label^="Edit privacy"]',
      'facebook-post-dialog',
    ],
    ['"Next"', '[role="dialog"] [aria-label="Weiter"], [role="dialog"] [aria-label="Next"]', 'facebook-post-next'],
    [
      'the dialog close button',
      '[role="dialog"] [aria-label="Schließen"], [role="dialog"] [aria-label="Close"]',
      'facebook-post-dialog',
    ],
    ['the search input', 'input[type="search"]', 'facebook-feed'],
  ])('does not take %s for a send control', (_name, selector, state) => {
    loadSnapshot(state, lang);
    expect(adapter.sendControlFor($(selector), document)).toBeNull();
  });

  it('does not take a Comment button in the post dialog for posting, nor a Post button by a comment box', () => {
    loadSnapshot('facebook-post-dialog', lang);
    const stray = document.createElement('div');
    stray.setAttribute('role', 'button');
    stray.setAttribute('aria-label', L('Kommentieren', 'Comment'));
    $('[role="dialog"] .editor-area').append(stray);
    expect(adapter.sendControlFor(stray, document)).toBeNull();
    const strayPost = document.createElement('div');
    strayPost.setAttribute('role', 'button');
    strayPost.setAttribute('aria-label', L('Posten', 'Post'));
    $('#focused-state-composer-submit').after(strayPost);
    expect(adapter.sendControlFor(strayPost, document)).toBeNull();
  });

  it('finds a Messenger chat window on the feed as a chat, with its own send button', () => {
    loadSnapshot('facebook-chat', lang);
    const chatEditor = $('[aria-label="Thread composer"] [data-lexical-editor="true"]');
    const chat: Composer = { editor: chatEditor, surface: 'chat' };
    expect(adapter.findComposers(document).map((c) => c.surface)).toEqual(['comment', 'comment', 'chat']);
    expect(adapter.composerFor($('span[data-lexical-text]', chatEditor))).toEqual(chat);
    const send = $(`[role="button"][aria-label="${L('Zum Senden Eingabetaste drücken', 'Press enter to send')}"]`);
    expect(adapter.sendControlFor($('svg', send), document)).toEqual(chat);
    expect(adapter.findSendControl(chat, document)).toBe(send);
    expect(adapter.enterSends('chat')).toBe(true);
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
    expect(adapter.anchorFor(chat)).toBe($('[aria-label="Thread composer"]'));
    expect(adapter.isPublicAudience!(chat, document)).toBe(false);
  });

  it('Enter submits comments but adds a line in posts', () => {
    expect(adapter.enterSends('comment')).toBe(true);
    expect(adapter.enterSends('post')).toBe(false);
  });

  it('sees the mention menu of the box it belongs to', () => {
    loadSnapshot('facebook-mention', lang);
    const [first, second] = adapter.findComposers(document);
    expect(adapter.isMenuOpen(first!, document)).toBe(true);
    expect(adapter.isMenuOpen(second!, document)).toBe(false);
    loadSnapshot('facebook-comment-draft', lang);
    for (const composer of adapter.findComposers(document)) expect(adapter.isMenuOpen(composer, document)).toBe(false);
  });

  it('reads the audience: public by default, not after switching to friends (though the draft says "public")', () => {
    loadSnapshot('facebook-post-dialog', lang);
    const public_ = adapter.findComposers(document).find((c) => c.surface === 'post')!;
    expect(adapter.isPublicAudience!(public_, document)).toBe(true);
    loadSnapshot('facebook-post-friends', lang);
    const friends = adapter.findComposers(document).find((c) => c.surface === 'post')!;
    expect(friends.editor.textContent).toContain(L('Öffentlich', 'Public'));
    expect(adapter.isPublicAudience!(friends, document)).toBe(false);
    const commentBox = adapter.findComposers(document).find((c) => c.surface === 'comment')!;
    expect(adapter.isPublicAudience!(commentBox, document)).toBe(false);
  });

  it('a post composer without an audience selector (a Page posting) counts as public', () => {
    loadSnapshot('facebook-post-friends', lang);
    const composer = adapter.findComposers(document).find((c) => c.surface === 'post')!;
    expect(adapter.isPublicAudience!(composer, document)).toBe(false);
    for (const button of document.querySelectorAll(
      '[role="dialog"] [aria-label^="Privatsphäre"], [role="dialog"] [aria-label^="Edit privacy"]',
    ))
      button.remove();
    expect(adapter.isPublicAudience!(composer, document)).toBe(true);
  });

  it('does not read "Öffentlichkeit"-like words as the audience', () => {
    loadSnapshot('facebook-post-friends', lang);
    const composer = adapter.findComposers(document).find((c) => c.surface === 'post')!;
    const button = $('[role="dialog"] [aria-label^="Privatsphäre"], [role="dialog"] [aria-label^="Edit privacy"]');
    button.setAttribute(
      'aria-label',
      L('Privatsphäre bearbeiten. Geteilt mit Öffentlichkeitsarbeit.', 'Edit privacy. Sharing with Publicity team.'),
    );
    button.textContent = L('Öffentlichkeitsarbeit', 'Publicity team');
    expect(adapter.isPublicAudience!(composer, document)).toBe(false);
  });

  it('anchors the warning outside the editor', () => {
    loadSnapshot('facebook-post-dialog', lang);
    for (const composer of adapter.findComposers(document)) {
      const anchor = adapter.anchorFor(composer);
      expect(composer.editor.contains(anchor)).toBe(false);
      expect(anchor.contains(composer.editor)).toBe(true);
      if (composer.surface === 'comment') expect(anchor.tagName).toBe('FORM');
      else expect(anchor.closest('[role="dialog"]')).not.toBeNull();
    }
  });

  it('never modifies the page', () => {
    loadSnapshot('facebook-post-dialog', lang);
    const before = document.body.innerHTML;
    askEverything(adapter);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('Facebook adapter URL match', () => {
  it.each([
    ['https://www.facebook.com/', true],
    ['https://web.facebook.com/groups/123', true],
    ['https://www.facebook.com/messagesfromthepast', true],
    ['https://www.facebook.com/messages/t/1', false],
    ['https://www.facebook.com/messages', false],
    ['https://www.messenger.com/t/1', false],
    ['https://www.facebook.com.example.org/', false],
  ])('%s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });
});
