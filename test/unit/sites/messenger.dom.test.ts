import { describe, expect, it } from 'vitest';
import { adapter, messengerSelectors as S } from '../../../src/sites/messenger';
import { $, askEverything, LANGS, loadSnapshot, type SnapshotLang } from './load-snapshot';

const STATES = ['messenger-empty', 'messenger-draft', 'messenger-mention'] as const;
type State = (typeof STATES)[number];

const EXPECTED: [string, SnapshotLang | 'both', Record<State, number>][] = [
  [S.editor[0], 'both', { 'messenger-empty': 1, 'messenger-draft': 1, 'messenger-mention': 1 }],
  [S.editor[1], 'en', { 'messenger-empty': 1, 'messenger-draft': 1, 'messenger-mention': 1 }],
  [S.editor[2], 'de', { 'messenger-empty': 1, 'messenger-draft': 1, 'messenger-mention': 1 }],
  [S.editor[3], 'both', { 'messenger-empty': 1, 'messenger-draft': 1, 'messenger-mention': 1 }],
  // The send button replaces the like button only while the draft is not empty.
  [S.composerBar[0], 'both', { 'messenger-empty': 1, 'messenger-draft': 1, 'messenger-mention': 1 }],
];

describe('Messenger selector alternatives in the committed snapshots', () => {
  it('every alternative of the table is covered', () => {
    expect(new Set(EXPECTED.map(([selector]) => selector))).toEqual(new Set([...S.editor, ...S.composerBar]));
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

describe.each(LANGS)('Messenger adapter (%s)', (lang) => {
  const L = (de: string, en: string) => (lang === 'de' ? de : en);
  const editor = () => $('[aria-label="Thread composer"] [data-lexical-editor="true"]');

  it.each(STATES)('finds the one chat composer (%s)', (state) => {
    loadSnapshot(state, lang);
    expect(adapter.findComposers(document)).toEqual([{ editor: editor(), surface: 'chat' }]);
  });

  it('maps nodes inside the editor to the composer, and the search box to nothing', () => {
    loadSnapshot('messenger-draft', lang);
    expect(adapter.composerFor($('span[data-lexical-text]', editor()))).toEqual({ editor: editor(), surface: 'chat' });
    expect(adapter.composerFor($('input[type="search"]'))).toBeNull();
  });

  it('recognises a click on the send icon', () => {
    loadSnapshot('messenger-draft', lang);
    const button = $(`div[role="button"][aria-label="${L('Zum Senden Eingabetaste drücken', 'Press enter to send')}"]`);
    expect(adapter.sendControlFor($('svg path', button), document)).toEqual({ editor: editor(), surface: 'chat' });
    expect(adapter.sendControlFor($('span', button), document)).toEqual({ editor: editor(), surface: 'chat' });
    expect(adapter.findSendControl({ editor: editor(), surface: 'chat' }, document)).toBe(button);
  });

  it.each([
    [
      'the like button ("Send a like")',
      '[aria-label="Send a like"], [aria-label="Ein „Gefällt mir“ senden"]',
      'messenger-empty',
    ],
    ['the attach button', '[aria-label="Attach a file"], [aria-label="Dateien anhängen"]', 'messenger-draft'],
    ['the thread list search', 'input[type="search"]', 'messenger-draft'],
    ['a thread link', '[role="navigation"] a', 'messenger-draft'],
  ])('does not take %s for a send control', (_name, selector, state) => {
    loadSnapshot(state, lang);
    expect(adapter.sendControlFor($(selector), document)).toBeNull();
  });

  it('has no send control while the draft is empty', () => {
    loadSnapshot('messenger-empty', lang);
    expect(adapter.findSendControl(adapter.findComposers(document)[0]!, document)).toBeNull();
  });

  it('Enter sends', () => {
    expect(adapter.enterSends('chat')).toBe(true);
  });

  it('sees the mention menu open (rendered in a layer outside the composer), closed otherwise', () => {
    loadSnapshot('messenger-mention', lang);
    const chat = adapter.findComposers(document)[0]!;
    expect(adapter.isMenuOpen(chat, document)).toBe(true);
    $('[role="listbox"]').setAttribute('hidden', '');
    expect(adapter.isMenuOpen(chat, document)).toBe(false);
    loadSnapshot('messenger-draft', lang);
    expect(adapter.isMenuOpen(adapter.findComposers(document)[0]!, document)).toBe(false);
  });

  it('anchors the warning at the composer bar, outside the editor', () => {
    loadSnapshot('messenger-draft', lang);
    const composer = adapter.findComposers(document)[0]!;
    expect(adapter.anchorFor(composer)).toBe($('[aria-label="Thread composer"]'));
  });

  it('never modifies the page', () => {
    loadSnapshot('messenger-mention', lang);
    const before = document.body.innerHTML;
    askEverything(adapter);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('Messenger adapter URL match', () => {
  it.each([
    ['https://www.messenger.com/t/1234567890', true],
    ['https://www.messenger.com/', true],
    ['https://www.facebook.com/messages/t/1234567890', true],
    ['https://web.facebook.com/messages/', true],
    ['https://www.facebook.com/messages', true],
    ['https://www.facebook.com/messagesfromthepast', false],
    ['https://www.facebook.com/', false],
    ['https://www.messenger.com.example.org/t/1', false],
  ])('%s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });
});
