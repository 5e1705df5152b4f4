/**
 * Facebook (www/web/m/business.facebook.com; not /messages, that is Messenger): comment and
 * reply boxes (Enter submits) and the post composer dialog (Enter adds a line; the Post button,
 * sometimes after a Next step, publishes), and Messenger chat windows on the feed (surface
 * "chat", Enter sends). Fixture: test/fixtures/sites/facebook.ts.
 *
 * Structural anchors first (#focused-state-composer-submit, article/form/dialog membership, the
 * control after the editor in the composer's own form or dialog), labels only as a fallback, in
 * the EU languages plus Turkish, Arabic, Russian and Ukrainian (issue 12, finding 3).
 */
import {
  LEXICAL_EDITOR,
  closestAny,
  collectComposers,
  controlOf,
  hasLabel,
  isDisabled,
  isHidden,
  lastControlAfter,
  matchesAny,
  owningComposer,
  queryAll,
  startsWithAny,
  typeaheadOpen,
  visibleListboxNear,
} from './dom';
import type { Composer, SiteAdapter, Surface } from './types';

/**
 * Hosts with Facebook's composers. m.facebook.com serves the same Lexical comment and post
 * composers to desktop browsers that ask for it; business.facebook.com (Meta Business Suite) has
 * the page inbox (Messenger's thread composer) and the post composer dialog.
 */
export const FACEBOOK_HOSTS: readonly string[] = [
  'www.facebook.com',
  'web.facebook.com',
  'facebook.com',
  'm.facebook.com',
  'business.facebook.com',
];

export const facebookSelectors = {
  editor: [
    // every Facebook composer since 2023 is a Lexical root
    LEXICAL_EDITOR,
  ],
  /** aria-label prefixes of comment and reply boxes (fallback: comments are found by structure). */
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
  /** aria-label/aria-placeholder prefixes of the post composer's textbox (fallback: dialog membership). */
  postLabels: [
    // English UI, profile/feed composer
    "What's on your mind",
    // German UI
    'Was machst du gerade',
  ],
  /** The post composer's container: any editor in a dialog that is not a comment box is a post. */
  postDialog: [
    // "Create post" dialog (any language)
    'div[role="dialog"]',
  ],
  /** Structural: where comment boxes live (a post in the feed or opened in a dialog). */
  commentContainer: [
    // the post (or comment) a comment box belongs to
    '[role="article"]',
    // the focused comment box's form holds its submit here (any language)
    'form:has(#focused-state-composer-submit)',
  ],
  commentSubmit: [
    // the focused comment box's submit (any language)
    '#focused-state-composer-submit div[role="button"]',
  ],
  /**
   * Messenger chat windows on the feed. Assumed, not confirmed against the live site: they
   * reuse Messenger's thread composer (see src/sites/messenger.ts).
   */
  chatEditor: [
    // chat window's thread composer (label not translated)
    `div[aria-label="Thread composer"] ${LEXICAL_EDITOR}`,
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

/**
 * Label fallback for the send controls, exact aria-labels. Only German and English are confirmed
 * against the live site (and Russian in the fixture); the others are Facebook's usual wording,
 * used only when no structural anchor decides.
 */
export const FACEBOOK_LABELS = {
  post: [
    'Post', // en
    'Posten', // de
    'Publier', // fr
    'Publicar', // es, pt
    'Pubblica', // it
    'Plaatsen', // nl
    'Opublikuj', // pl
    'Zveřejnit', // cs
    'Uverejniť', // sk
    'Közzététel', // hu
    'Publică', // ro
    'Публикуване', // bg
    'Δημοσίευση', // el
    'Objavi', // hr, sl
    'Postita', // et
    'Publicēt', // lv
    'Skelbti', // lt
    'Julkaise', // fi
    'Publicera', // sv
    'Slå op', // da
    'Paylaş', // tr
    'نشر', // ar
    'Опубликовать', // ru
    'Опублікувати', // uk
  ],
  /** The step before posting: not a send, but proof that the dialog is labelled (no positional guess). */
  next: [
    'Next', // en
    'Weiter', // de
    'Suivant', // fr
    'Siguiente', // es
    'Seguinte', // pt
    'Avanti', // it
    'Volgende', // nl
    'Dalej', // pl
    'Další', // cs
    'Ďalej', // sk
    'Tovább', // hu
    'Înainte', // ro
    'Напред', // bg
    'Επόμενο', // el
    'Dalje', // hr
    'Naprej', // sl
    'Edasi', // et
    'Tālāk', // lv
    'Toliau', // lt
    'Seuraava', // fi
    'Nästa', // sv
    'Næste', // da
    'İleri', // tr
    'التالي', // ar
    'Далее', // ru
    'Далі', // uk
  ],
  comment: [
    'Comment', // en
    'Kommentieren', // de
    'Commenter', // fr
    'Comentar', // es, pt
    'Commenta', // it
    'Reageren', // nl
    'Skomentuj', // pl
    'Komentovat', // cs
    'Komentovať', // sk
    'Hozzászólás', // hu
    'Comentează', // ro
    'Коментар', // bg
    'Σχόλιο', // el
    'Komentiraj', // hr, sl
    'Kommenteeri', // et
    'Komentēt', // lv
    'Komentuoti', // lt
    'Kommentoi', // fi
    'Kommentera', // sv
    'Kommenter', // da
    'Yorum yap', // tr
    'تعليق', // ar
    'Комментировать', // ru
    'Коментувати', // uk
  ],
  chatSend: [
    'Press enter to send', // en
    'Zum Senden Eingabetaste drücken', // de
    'Appuyez sur Entrée pour envoyer', // fr
    'Pulsa Intro para enviar', // es
    'Premi Invio per inviare', // it
    'Naciśnij Enter, aby wysłać', // pl
    'Göndermek için Enter tuşuna basın', // tr
    'اضغط على Enter للإرسال', // ar
    'Нажмите Enter, чтобы отправить', // ru
    'Натисніть Enter, щоб надіслати', // uk
  ],
} as const satisfies Record<string, readonly string[]>;

const S = facebookSelectors;
const L = FACEBOOK_LABELS;
/** The audience names that make a post public (English, German); \b is ASCII-only, hence \p{L}. */
const PUBLIC_AUDIENCE = /(?<!\p{L})(?:Public|Öffentlich)(?!\p{L})/u;

function label(editor: HTMLElement, name: 'aria-label' | 'aria-placeholder'): string | null {
  return editor.getAttribute(name);
}

export function facebookSurfaceOf(editor: HTMLElement): Surface | null {
  if (!matchesAny(editor, S.editor)) return null;
  if (matchesAny(editor, S.chatEditor)) return 'chat';
  // Comment first: a post opened in a dialog has its comment boxes inside that dialog.
  if (closestAny(editor, S.commentContainer)) return 'comment';
  if (startsWithAny(label(editor, 'aria-label'), S.commentLabels)) return 'comment';
  if (
    startsWithAny(label(editor, 'aria-label'), S.postLabels) ||
    startsWithAny(label(editor, 'aria-placeholder'), S.postLabels)
  )
    return 'post';
  // Any other editor in a composer dialog ("Create post", group posts' "Write something…",
  // the page composer of Business Suite) is a post, in every language.
  if (closestAny(editor, S.postDialog)) return 'post';
  return null;
}

function findComposers(root: ParentNode): Composer[] {
  return collectComposers(root, S.editor, facebookSurfaceOf);
}

/** Where a composer's own controls are: the comment form, the thread composer, the post dialog. */
function regionOf(composer: Composer): Element | null {
  const { editor } = composer;
  if (composer.surface === 'chat') return editor.closest('div[aria-label="Thread composer"]');
  if (composer.surface === 'comment') return editor.closest('form') ?? editor.parentElement?.parentElement ?? null;
  return closestAny(editor, S.postDialog);
}

/** Controls of the region that a structural anchor or a label names as this surface's send. */
function anchoredControls(composer: Composer, region: Element): HTMLElement[] {
  const controls = [...region.querySelectorAll<HTMLElement>('button, [role="button"]')].filter(
    (control) => !composer.editor.contains(control),
  );
  switch (composer.surface) {
    case 'comment':
      return controls.filter((control) => matchesAny(control, S.commentSubmit) || hasLabel(control, L.comment));
    case 'chat':
      return controls.filter((control) => hasLabel(control, L.chatSend));
    case 'post':
      return controls.filter((control) => hasLabel(control, L.post));
    default:
      return [];
  }
}

/**
 * The region's send control when nothing is labelled: the last control after the editor, while
 * there is a draft. In a post dialog, a labelled Next step also rules the guess out (Next moves
 * on, it does not publish; the labelled Post button behind it is found instead).
 */
function positionalControl(composer: Composer, region: Element): HTMLElement | null {
  if (!composer.editor.textContent?.trim()) return null;
  if (composer.surface === 'post' && [...region.querySelectorAll('[role="button"]')].some((c) => hasLabel(c, L.next)))
    return null;
  return lastControlAfter(composer.editor, region);
}

function sendControlsOf(composer: Composer): HTMLElement[] {
  const region = regionOf(composer);
  if (!region) return [];
  const anchored = anchoredControls(composer, region);
  if (anchored.length > 0) return anchored;
  const positional = positionalControl(composer, region);
  return positional ? [positional] : [];
}

export const adapter: SiteAdapter = {
  id: 'facebook',
  matches: (url) => FACEBOOK_HOSTS.includes(url.hostname) && !/^\/messages(\/|$)/.test(url.pathname),
  // The top bar's search and the navigation; comment boxes live in the feed, so it is not excluded.
  isNonComposer: (editable) =>
    closestAny(editable, ['[role="banner"]', '[role="navigation"]', '[role="search"]']) !== null,
  // Most editors on the feed are comment boxes (Enter submits): guard Enter there.
  fallbackSurface: 'comment',
  findComposers,
  composerFor(element) {
    const editor = closestAny(element, S.editor);
    const surface = editor ? facebookSurfaceOf(editor) : null;
    return editor && surface ? { editor, surface } : null;
  },
  sendControlFor(target, root) {
    const control = controlOf(target);
    if (!control || isDisabled(control)) return null;
    const composer = owningComposer(control, findComposers(root), S.landmarks);
    if (!composer || composer.surface === 'caption') return null;
    return sendControlsOf(composer).includes(control) ? composer : null;
  },
  findSendControl(composer) {
    const controls = sendControlsOf(composer);
    // A visible one first (the Post button behind Next is hidden until that step).
    return controls.find((control) => !isHidden(control)) ?? controls[0] ?? null;
  },
  enterSends: (surface) => surface !== 'post',
  isMenuOpen(composer) {
    if (typeaheadOpen(composer.editor)) return true;
    return visibleListboxNear(
      composer.editor,
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
