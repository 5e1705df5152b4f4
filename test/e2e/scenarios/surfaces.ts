/**
 * The guarded surfaces as data, for both browsers: the fixture URL, how to open and focus the
 * composer (clicks on selectors), the editor, and its send control. Selectors are the fixture
 * pages' (test/fixtures/sites/), which copy the real sites' attributes.
 */
export const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

export interface Surface {
  name: string;
  url: string;
  site: 'whatsapp' | 'facebook' | 'messenger';
  /** The surface the log records. */
  surface: 'chat' | 'caption' | 'post' | 'comment';
  enterSends: boolean;
  /** Clicked in order; the last one leaves the focus in `editor`. */
  open: readonly string[];
  editor: string;
  sendButton: string;
}

const messenger = {
  site: 'messenger',
  surface: 'chat',
  enterSends: true,
  open: [`div[aria-label="Thread composer"] ${EDITOR}`],
  editor: `div[aria-label="Thread composer"] ${EDITOR}`,
  sendButton: 'div[role="button"][aria-label="Zum Senden Eingabetaste drücken"]',
} as const;

export const SURFACES: readonly Surface[] = [
  {
    name: 'WhatsApp chat',
    url: 'https://web.whatsapp.com/?lang=de',
    site: 'whatsapp',
    surface: 'chat',
    enterSends: true,
    open: [`#main footer ${EDITOR}`],
    editor: `#main footer ${EDITOR}`,
    sendButton: '#main footer button[aria-label="Senden"]',
  },
  {
    name: 'WhatsApp caption',
    url: 'https://web.whatsapp.com/?lang=de',
    site: 'whatsapp',
    surface: 'caption',
    enterSends: true,
    // The attachment opens the media editor, which focuses its caption box itself.
    open: ['#main footer button[aria-label="Anhängen"]'],
    editor: `${EDITOR}[aria-placeholder^="Bildunterschrift hinzufügen"]`,
    // The button around the (older) "send" icon; Firefox finds no clickable box on the icon's span.
    sendButton: '[data-testid="media-editor"] div[role="button"]:has(> span[data-icon="send"])',
  },
  {
    name: 'Facebook post',
    url: 'https://www.facebook.com/?lang=de',
    site: 'facebook',
    surface: 'post',
    enterSends: false,
    // „Was machst du gerade, Anna?“ opens the post dialog, which focuses its editor.
    open: ['div.open-post'],
    editor: `[role="dialog"] ${EDITOR}`,
    sendButton: '[role="dialog"] div[role="button"][aria-label="Posten"]',
  },
  {
    name: 'Facebook comment',
    url: 'https://www.facebook.com/?lang=de',
    site: 'facebook',
    surface: 'comment',
    enterSends: true,
    open: [`${EDITOR}[aria-label^="Kommentieren als"]`],
    editor: `${EDITOR}[aria-label^="Kommentieren als"]`,
    // The first comment form's own submit button.
    sendButton: 'form.comment-form:has([aria-label^="Kommentieren als"]) div[role="button"][aria-label="Kommentieren"]',
  },
  { ...messenger, name: 'Messenger on messenger.com', url: 'https://www.messenger.com/t/1234567890?lang=de' },
  {
    ...messenger,
    name: 'Messenger on facebook.com/messages',
    url: 'https://www.facebook.com/messages/t/1234567890?lang=de',
  },
];
