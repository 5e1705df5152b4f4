/**
 * WhatsApp Web: the chat composer in `#main footer` and the media caption editor in the media
 * dialog, each with its own send button. Enter sends on both; the send button exists only
 * while the draft is not empty. Fixture: test/fixtures/sites/whatsapp.ts.
 *
 * Structural anchors come first (ids, data-icon, dialog membership, the button after the editor
 * in the same footer/dialog), so the guard works in every interface language; labels are only
 * a fallback (issue 12, finding 3).
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
  queryAll,
  typeaheadOpen,
  visibleListboxNear,
} from './dom';
import type { Composer, SiteAdapter, Surface } from './types';

export const whatsappSelectors = {
  chatEditor: [
    // 2024+ main composer: Lexical in the open chat's footer (data-tab="10"), any language
    `#main footer ${LEXICAL_EDITOR}`,
    // pre-Lexical composer (2022–2023 automation scripts): contenteditable with data-tab="10"
    '#main footer div[contenteditable="true"][data-tab="10"]',
  ],
  captionEditor: [
    // media editor caption: the Lexical editor of the media dialog, any language (2024+; the
    // side pane's dialogs are excluded by `landmarks`)
    `[role="dialog"] ${LEXICAL_EDITOR}`,
    // label fallback, English UI ("Add a caption…")
    `${LEXICAL_EDITOR}[aria-placeholder^="Add a caption"]`,
    // label fallback, German UI („Bildunterschrift hinzufügen“)
    `${LEXICAL_EDITOR}[aria-placeholder^="Bildunterschrift hinzufügen"]`,
  ],
  /** Structural send-control anchors: the icons WhatsApp draws in its send buttons. */
  sendIcon: [
    // 2024+ send icon (the click target is often this span or its svg)
    'span[data-icon="wds-ic-send-filled"]',
    // older send icon, still seen in the media editor
    'span[data-icon="send"]',
  ],
  /** Regions where a "Send" is not a composer's (the chat list, the side pane's dialogs). */
  landmarks: ['#side', '#pane-side', '[role="grid"]'],
  /** Where a mention/emoji menu not wired by ARIA appears for the chat composer. */
  menuContainer: ['#main'],
} as const;

/**
 * Label fallback: the send button's aria-label in the languages staff use (EU languages,
 * Turkish, Arabic, Russian, Ukrainian). Only German and English are confirmed against the live
 * site; the others are WhatsApp's usual translations of "Send" and are used only when no
 * structural anchor matched.
 */
export const WHATSAPP_SEND_LABELS: readonly string[] = [
  'Send', // en
  'Senden', // de
  'Envoyer', // fr
  'Enviar', // es, pt
  'Invia', // it
  'Verzenden', // nl
  'Verstuur', // nl (older)
  'Wyślij', // pl
  'Odeslat', // cs
  'Odoslať', // sk
  'Küldés', // hu
  'Trimite', // ro
  'Изпращане', // bg
  'Αποστολή', // el
  'Pošalji', // hr
  'Pošlji', // sl
  'Saada', // et
  'Sūtīt', // lv
  'Siųsti', // lt
  'Lähetä', // fi
  'Skicka', // sv
  'Gönder', // tr
  'إرسال', // ar
  'Отправить', // ru
  'Надіслати', // uk
];

const S = whatsappSelectors;

function surfaceOf(editor: HTMLElement): Surface | null {
  if (matchesAny(editor, S.chatEditor)) return 'chat';
  if (closestAny(editor, S.landmarks)) return null; // the chat search and the side pane
  if (matchesAny(editor, S.captionEditor)) return 'caption';
  return null;
}

function findComposers(root: ParentNode): Composer[] {
  return collectComposers(root, [...S.chatEditor, ...S.captionEditor], surfaceOf);
}

/** The footer (chat) or media dialog (caption) a composer's controls live in. */
function regionOf(composer: Composer): Element | null {
  return composer.surface === 'chat'
    ? composer.editor.closest('footer')
    : (composer.editor.closest('[role="dialog"]') ?? composer.editor.parentElement?.parentElement ?? null);
}

function isSendControl(control: HTMLElement, composer: Composer): boolean {
  if (matchesAny(control, S.sendIcon) || queryAll(control, S.sendIcon).length > 0) return true;
  if (hasLabel(control, WHATSAPP_SEND_LABELS)) return true;
  // By position only while there is a draft: the empty footer ends with the voice button.
  return !!composer.editor.textContent?.trim() && control === lastControlAfter(composer.editor, regionOf(composer));
}

export const adapter: SiteAdapter = {
  id: 'whatsapp',
  matches: (url) => url.hostname === 'web.whatsapp.com',
  // The chat search (a Lexical editor too) and everything else in the side pane.
  isNonComposer: (editable) => closestAny(editable, S.landmarks) !== null,
  fallbackSurface: 'chat',
  findComposers,
  composerFor(element) {
    const editor = closestAny(element, ['div[contenteditable="true"]']);
    const surface = editor ? surfaceOf(editor) : null;
    return editor && surface ? { editor, surface } : null;
  },
  sendControlFor(target, root) {
    const control = controlOf(target) ?? closestAny(target, S.sendIcon);
    if (!control || isDisabled(control)) return null;
    const composer = owningComposer(control, findComposers(root), S.landmarks);
    return composer && isSendControl(control, composer) ? composer : null;
  },
  findSendControl(composer) {
    const region = regionOf(composer);
    if (!region) return null;
    const controls = [...region.querySelectorAll<HTMLElement>('button, [role="button"]')];
    const anchored = controls.find(
      (control) => !composer.editor.contains(control) && queryAll(control, S.sendIcon).length > 0,
    );
    const labelled = controls.find((control) => hasLabel(control, WHATSAPP_SEND_LABELS));
    // The footer's last button is the voice-message button while the draft is empty: only a
    // non-empty draft has a send control there.
    const positional = composer.editor.textContent?.trim() ? lastControlAfter(composer.editor, region) : null;
    return anchored ?? labelled ?? positional;
  },
  enterSends: () => true,
  isMenuOpen(composer) {
    if (typeaheadOpen(composer.editor)) return true;
    const container =
      composer.surface === 'caption'
        ? composer.editor.closest('[role="dialog"]')
        : closestAny(composer.editor, S.menuContainer);
    return visibleListboxNear(composer.editor, container);
  },
  anchorFor(composer) {
    // The panel goes right above the footer (chat) or the caption row (caption).
    const anchor = composer.surface === 'chat' ? composer.editor.closest('footer') : composer.editor.parentElement;
    return anchor ?? composer.editor;
  },
};
