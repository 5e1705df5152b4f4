/**
 * Issue 12, finding 3: the adapters find composers and send controls in a non-Latin-script
 * interface (the Russian fixture snapshots, *.ru.html) and, by structure alone, with every
 * aria-label and placeholder removed (a language no label list knows).
 */
import { describe, expect, it } from 'vitest';
import { adapter as facebook, facebookSelectors as FB, FACEBOOK_LABELS } from '../../../src/sites/facebook';
import { adapter as messenger, MESSENGER_SEND_LABELS } from '../../../src/sites/messenger';
import type { SiteAdapter, Surface } from '../../../src/sites/types';
import { adapter as whatsapp, WHATSAPP_SEND_LABELS, whatsappSelectors as WA } from '../../../src/sites/whatsapp';
import { $, loadSnapshot } from './load-snapshot';

const EDITOR = '[data-lexical-editor="true"]';

/** Selector alternatives in the Russian snapshots: structural ones match, German/English labels do not. */
const COUNTS: Array<[string, string, number]> = [
  ['whatsapp-caption', WA.chatEditor[0], 1],
  ['whatsapp-caption', WA.captionEditor[0], 1], // the dialog's editor: structural
  ['whatsapp-caption', WA.captionEditor[1], 0], // English placeholder: not in this UI
  ['whatsapp-caption', WA.captionEditor[2], 0], // German placeholder: not in this UI
  ['whatsapp-caption', WA.sendIcon[0], 1],
  ['whatsapp-caption', WA.sendIcon[1], 2], // the media editor's send and the side pane's invite
  ['whatsapp-draft', 'button[aria-label="Send"], button[aria-label="Senden"]', 0],
  ['facebook-comment-draft', FB.commentContainer[0], 3],
  ['facebook-comment-draft', FB.commentContainer[1], 1],
  ['facebook-comment-draft', FB.commentSubmit[0], 1],
  ['facebook-comment-draft', '[aria-label^="Comment as"], [aria-label^="Kommentieren als"]', 0],
  ['facebook-post-dialog', FB.postDialog[0], 1],
  ['facebook-post-dialog', '[aria-label="Post"], [aria-label="Posten"]', 0],
  ['facebook-chat', FB.chatEditor[0], 1],
  ['messenger-draft', 'div[aria-label="Thread composer"]', 1],
  ['messenger-draft', '[aria-label="Press enter to send"], [aria-label="Zum Senden Eingabetaste drücken"]', 0],
];

/** Controls labelled from the site files' lists, per snapshot: the Russian labels are known. */
const LABELLED: Array<[string, readonly string[], number]> = [
  // footer send; the side pane's invite (near-miss, not a composer's)
  ['whatsapp-draft', WHATSAPP_SEND_LABELS, 2],
  ['whatsapp-caption', WHATSAPP_SEND_LABELS, 3],
  // the three comment/reply submits
  ['facebook-comment-draft', FACEBOOK_LABELS.comment, 3],
  ['facebook-post-dialog', FACEBOOK_LABELS.post, 1],
  ['facebook-chat', FACEBOOK_LABELS.chatSend, 1],
  ['messenger-draft', MESSENGER_SEND_LABELS, 1],
];

describe('selector alternatives in the Russian snapshots', () => {
  it.each(COUNTS)('%s: %s matches %i', (state, selector, count) => {
    loadSnapshot(state, 'ru');
    expect(document.querySelectorAll(selector)).toHaveLength(count);
  });

  it.each(LABELLED)('%s: %i controls carry a listed label', (state, labels, count) => {
    loadSnapshot(state, 'ru');
    const controls = [...document.querySelectorAll('button, [role="button"]')];
    expect(controls.filter((control) => labels.includes(control.getAttribute('aria-label') ?? ''))).toHaveLength(count);
  });
});

interface SiteCase {
  state: string;
  adapter: SiteAdapter;
  surfaces: Surface[];
  /** The composer under test and its send control, found structurally in the fixture. */
  editor: string;
  control: string;
  surface: Surface;
}

const CASES: SiteCase[] = [
  {
    state: 'whatsapp-draft',
    adapter: whatsapp,
    surfaces: ['chat'],
    editor: `#main footer ${EDITOR}`,
    control: '#main footer button.send',
    surface: 'chat',
  },
  {
    state: 'whatsapp-caption',
    adapter: whatsapp,
    surfaces: ['chat', 'caption'],
    editor: `[role="dialog"] ${EDITOR}`,
    control: '[role="dialog"] .media-send [role="button"]',
    surface: 'caption',
  },
  {
    state: 'facebook-comment-draft',
    adapter: facebook,
    surfaces: ['comment', 'comment', 'comment'],
    editor: `.reply-slot ${EDITOR}`,
    control: '.reply-slot [role="button"]',
    surface: 'comment',
  },
  {
    state: 'facebook-post-dialog',
    adapter: facebook,
    surfaces: ['comment', 'comment', 'post'],
    editor: `[role="dialog"] ${EDITOR}`,
    control: '[role="dialog"] .post-button',
    surface: 'post',
  },
  {
    state: 'facebook-chat',
    adapter: facebook,
    surfaces: ['comment', 'comment', 'chat'],
    editor: `[aria-label="Thread composer"] ${EDITOR}`,
    control: '[aria-label="Thread composer"] .send-slot [role="button"]',
    surface: 'chat',
  },
  {
    state: 'messenger-draft',
    adapter: messenger,
    surfaces: ['chat'],
    editor: `[aria-label="Thread composer"] ${EDITOR}`,
    control: '[aria-label="Thread composer"] .send-slot [role="button"]',
    surface: 'chat',
  },
];

/** Every label a language could change; "Thread composer" is not translated and stays. */
function stripLabels(): void {
  for (const element of document.querySelectorAll('[aria-label], [aria-placeholder], [title]')) {
    if (element.getAttribute('aria-label') === 'Thread composer') continue;
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-placeholder');
    element.removeAttribute('title');
  }
}

describe.each([
  ['in the Russian interface', (): void => undefined],
  ['with every label removed (structure only)', stripLabels],
] as const)('adapters %s', (_name, prepare) => {
  it.each(CASES)('$state: composers, the send control and a click beside its icon', (c) => {
    loadSnapshot(c.state, 'ru');
    prepare();
    expect(c.adapter.findComposers(document).map((composer) => composer.surface)).toEqual(c.surfaces);
    const editor = $(c.editor);
    const control = $(c.control);
    expect(c.adapter.sendControlFor(control, document)).toEqual({ editor, surface: c.surface });
    // The inner icon, too: a click beside or on the icon is the same control.
    const inner = control.querySelector('span, i, svg') ?? control;
    expect(c.adapter.sendControlFor(inner, document)).toEqual({ editor, surface: c.surface });
    expect(c.adapter.findSendControl({ editor, surface: c.surface }, document)).toBe(control);
  });
});

describe('near-misses stay near-misses in the Russian interface', () => {
  it.each([
    ['the WhatsApp side pane invite', 'whatsapp-draft', whatsapp, '#side [role="button"]'],
    ['the WhatsApp attach button', 'whatsapp-draft', whatsapp, '#main footer button:first-of-type'],
    ['the media editor close button', 'whatsapp-caption', whatsapp, '[role="dialog"] .media-toolbar [role="button"]'],
    ['the Facebook share button', 'facebook-comment-draft', facebook, '[role="feed"] .actions [role="button"]'],
    [
      'the post dialog close button',
      'facebook-post-dialog',
      facebook,
      '[role="dialog"] .dialog-header [role="button"]',
    ],
    ['the audience button', 'facebook-post-dialog', facebook, '[role="dialog"] .author [role="button"]'],
  ] as const)('%s is no send control', (_name, state, adapter, selector) => {
    loadSnapshot(state, 'ru');
    expect(adapter.sendControlFor($(selector), document)).toBeNull();
  });
});
