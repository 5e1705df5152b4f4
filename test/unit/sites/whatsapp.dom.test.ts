import { describe, expect, it } from 'vitest';
import { adapter, WHATSAPP_SEND_LABELS, whatsappSelectors as S } from '../../../src/sites/whatsapp';
import { $, askEverything, LANGS, loadSnapshot, type SnapshotLang } from './load-snapshot';

const STATES = ['whatsapp-empty', 'whatsapp-draft', 'whatsapp-mention', 'whatsapp-caption'] as const;
type State = (typeof STATES)[number];

/** Expected matches of every selector alternative: [alternative, lang or both, counts per state]. */
const EXPECTED: [string, SnapshotLang | 'both', Record<State, number>][] = [
  [S.chatEditor[0], 'both', { 'whatsapp-empty': 1, 'whatsapp-draft': 1, 'whatsapp-mention': 1, 'whatsapp-caption': 1 }],
  [S.chatEditor[1], 'both', { 'whatsapp-empty': 1, 'whatsapp-draft': 1, 'whatsapp-mention': 1, 'whatsapp-caption': 1 }],
  // Structural: the media dialog's editor, any language.
  [
    S.captionEditor[0],
    'both',
    { 'whatsapp-empty': 0, 'whatsapp-draft': 0, 'whatsapp-mention': 0, 'whatsapp-caption': 1 },
  ],
  [
    S.captionEditor[1],
    'en',
    { 'whatsapp-empty': 0, 'whatsapp-draft': 0, 'whatsapp-mention': 0, 'whatsapp-caption': 1 },
  ],
  [
    S.captionEditor[2],
    'de',
    { 'whatsapp-empty': 0, 'whatsapp-draft': 0, 'whatsapp-mention': 0, 'whatsapp-caption': 1 },
  ],
  // The footer's send icon exists only while the draft is not empty.
  [S.sendIcon[0], 'both', { 'whatsapp-empty': 0, 'whatsapp-draft': 1, 'whatsapp-mention': 1, 'whatsapp-caption': 1 }],
  // The side pane's invite "Send" (a near-miss) plus the media editor's send.
  [S.sendIcon[1], 'both', { 'whatsapp-empty': 1, 'whatsapp-draft': 1, 'whatsapp-mention': 1, 'whatsapp-caption': 2 }],
];

describe('WhatsApp selector alternatives in the committed snapshots', () => {
  it('every alternative of the table is covered', () => {
    const all = [...S.chatEditor, ...S.captionEditor, ...S.sendIcon];
    expect(new Set(EXPECTED.map(([selector]) => selector))).toEqual(new Set(all));
  });

  for (const [selector, only, counts] of EXPECTED)
    for (const lang of LANGS)
      for (const state of STATES) {
        const expected = only === 'both' || only === lang ? counts[state] : 0;
        it(`${selector} matches ${expected} in ${state}.${lang}`, () => {
          loadSnapshot(state, lang);
          expect(document.querySelectorAll(selector)).toHaveLength(expected);
        });
      }
});

describe('WhatsApp send labels (fallback) in the committed snapshots', () => {
  // The invite "Send" in the side pane (a near-miss), the footer's send, the media editor's send.
  it.each([
    ['whatsapp-empty', 1],
    ['whatsapp-draft', 2],
    ['whatsapp-caption', 3],
  ] as const)('%s: %i labelled controls in each language', (state, count) => {
    for (const lang of LANGS) {
      loadSnapshot(state, lang);
      const labelled = [...document.querySelectorAll('button, [role="button"]')].filter((control) =>
        WHATSAPP_SEND_LABELS.includes(control.getAttribute('aria-label') ?? ''),
      );
      expect(labelled).toHaveLength(count);
    }
  });
});

describe.each(LANGS)('WhatsApp adapter (%s)', (lang) => {
  const chatEditor = () => $('#main footer [data-lexical-editor="true"]');
  const captionEditor = () => $('[role="dialog"] [data-lexical-editor="true"]');
  const searchBox = () => $('#side [data-lexical-editor="true"]');

  it('finds the chat composer, not the (Lexical) search box', () => {
    loadSnapshot('whatsapp-empty', lang);
    expect(adapter.findComposers(document)).toEqual([{ editor: chatEditor(), surface: 'chat' }]);
    expect(adapter.composerFor(searchBox())).toBeNull();
  });

  it('finds chat and caption composers while the media dialog is open', () => {
    loadSnapshot('whatsapp-caption', lang);
    expect(adapter.findComposers(document)).toEqual([
      { editor: chatEditor(), surface: 'chat' },
      { editor: captionEditor(), surface: 'caption' },
    ]);
  });

  it('maps a node inside the editor to its composer', () => {
    loadSnapshot('whatsapp-caption', lang);
    expect(adapter.composerFor($('span[data-lexical-text]', chatEditor()))).toEqual({
      editor: chatEditor(),
      surface: 'chat',
    });
    expect(adapter.composerFor($('p', captionEditor()))).toEqual({ editor: captionEditor(), surface: 'caption' });
    expect(adapter.composerFor($('#main header'))).toBeNull();
  });

  it('recognises a click on the send icon (inner span or svg path) as sending the chat', () => {
    loadSnapshot('whatsapp-draft', lang);
    const chat = { editor: chatEditor(), surface: 'chat' };
    expect(adapter.sendControlFor($('#main footer span[data-icon="wds-ic-send-filled"]'), document)).toEqual(chat);
    expect(adapter.sendControlFor($('#main footer span[data-icon="wds-ic-send-filled"] path'), document)).toEqual(chat);
    expect(adapter.sendControlFor($('#main footer button.send'), document)).toEqual(chat);
  });

  it('recognises the media editor send as sending the caption', () => {
    loadSnapshot('whatsapp-caption', lang);
    const caption = { editor: captionEditor(), surface: 'caption' };
    expect(adapter.sendControlFor($('[role="dialog"] span[data-icon="send"]'), document)).toEqual(caption);
    expect(adapter.sendControlFor($('[role="dialog"] span[data-icon="send"] path'), document)).toEqual(caption);
    expect(adapter.findSendControl(caption as never, document)).toBe($('[role="dialog"] .media-send [role="button"]'));
  });

  it.each([
    ['the side pane invite "Send"', '#side [data-icon="send"]', 'whatsapp-draft'],
    ['the voice message button', '#main footer span[data-icon="ptt"]', 'whatsapp-empty'],
    ['the attach button', '#main footer span[data-icon="plus-rounded"]', 'whatsapp-draft'],
    ['the media editor close button', '[role="dialog"] span[data-icon="x"]', 'whatsapp-caption'],
    ['the chat text itself', '#main footer span[data-lexical-text]', 'whatsapp-draft'],
  ])('does not take %s for a send control', (_name, selector, state) => {
    loadSnapshot(state, lang);
    expect(adapter.sendControlFor($(selector), document)).toBeNull();
  });

  it('finds the footer send button only while the draft is not empty', () => {
    loadSnapshot('whatsapp-draft', lang);
    const chat = adapter.findComposers(document)[0]!;
    expect(adapter.findSendControl(chat, document)).toBe($('#main footer button.send'));
    loadSnapshot('whatsapp-empty', lang);
    expect(adapter.findSendControl(adapter.findComposers(document)[0]!, document)).toBeNull();
  });

  it('Enter sends on both surfaces', () => {
    expect(adapter.enterSends('chat')).toBe(true);
    expect(adapter.enterSends('caption')).toBe(true);
  });

  it('sees the mention menu open, and closed in a plain draft or with a stale aria-controls', () => {
    loadSnapshot('whatsapp-mention', lang);
    expect(adapter.isMenuOpen(adapter.findComposers(document)[0]!, document)).toBe(true);
    loadSnapshot('whatsapp-draft', lang);
    const chat = adapter.findComposers(document)[0]!;
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
    chat.editor.setAttribute('aria-controls', 'gone-listbox');
    chat.editor.setAttribute('aria-activedescendant', 'gone-option');
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
  });

  it('sees the menu by its ARIA wiring alone, and by a visible listbox in #main alone', () => {
    loadSnapshot('whatsapp-mention', lang);
    const chat = adapter.findComposers(document)[0]!;
    const listbox = $('[role="listbox"]');
    document.body.append(listbox); // out of #main: only aria-controls still points at it
    expect(adapter.isMenuOpen(chat, document)).toBe(true);
    listbox.hidden = true;
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
    loadSnapshot('whatsapp-mention', lang);
    const unwired = adapter.findComposers(document)[0]!;
    unwired.editor.removeAttribute('aria-controls');
    unwired.editor.removeAttribute('aria-activedescendant');
    expect(adapter.isMenuOpen(unwired, document)).toBe(true);
  });

  it('a hidden or empty listbox anywhere in #main is no open menu (issue 12, finding 4)', () => {
    loadSnapshot('whatsapp-draft', lang);
    const chat = adapter.findComposers(document)[0]!;
    const planted = (style: string, items: number) => {
      const listbox = document.createElement('div');
      listbox.setAttribute('role', 'listbox');
      listbox.setAttribute('style', style);
      for (let i = 0; i < items; i++) listbox.append(document.createElement('div'));
      $('#main').prepend(listbox);
      return listbox;
    };
    // Near-misses: display:none, inside a display:none ancestor, visibility:hidden, empty.
    planted('display:none', 3);
    const wrapper = document.createElement('div');
    wrapper.setAttribute('style', 'display: none');
    wrapper.append(planted('', 2));
    $('#main').prepend(wrapper);
    planted('visibility:hidden', 2);
    planted('', 0);
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
    // ARIA wiring to a display:none popup is no open menu either.
    const hidden = planted('display:none', 2);
    hidden.id = 'hidden-menu';
    chat.editor.setAttribute('aria-controls', 'hidden-menu');
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
    // Positive: the same listbox shown.
    hidden.setAttribute('style', '');
    expect(adapter.isMenuOpen(chat, document)).toBe(true);
  });

  it('anchors the warning outside the editor', () => {
    loadSnapshot('whatsapp-caption', lang);
    for (const composer of adapter.findComposers(document)) {
      const anchor = adapter.anchorFor(composer);
      expect(anchor).not.toBe(composer.editor);
      expect(composer.editor.contains(anchor)).toBe(false);
      expect(anchor.contains(composer.editor)).toBe(true);
    }
    expect(adapter.anchorFor(adapter.findComposers(document)[0]!).tagName).toBe('FOOTER');
  });

  it('never modifies the page', () => {
    loadSnapshot('whatsapp-caption', lang);
    const before = document.body.innerHTML;
    askEverything(adapter);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('WhatsApp adapter URL match', () => {
  it.each([
    ['https://web.whatsapp.com/', true],
    ['https://web.whatsapp.com/send?phone=1', true],
    ['https://www.whatsapp.com/', false],
    ['https://web.whatsapp.com.example.org/', false],
  ])('%s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });
});
