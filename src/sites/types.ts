/**
 * Site knowledge is data: one adapter per site (src/sites/<site>.ts) with commented selector
 * alternatives, each tested against committed fixture pages. The guard (src/guard) is
 * site-agnostic and only talks to this interface. Environment is passed in (root), so DOM
 * tests need no globals.
 */

export type SiteId = 'whatsapp' | 'facebook' | 'messenger';

/** Every site id, declared once (the log, the options filter and the popup check against it). */
export const SITE_IDS: readonly SiteId[] = ['whatsapp', 'facebook', 'messenger'];

export type Surface = 'chat' | 'caption' | 'post' | 'comment';

/**
 * What an adapter could not find where it expected it (a site redesign): the composer (a focused
 * editable it does not recognise) or the send control of a composer with a draft. Declared once:
 * the `adapter-degraded` log record carries one of these.
 */
export type MissingAnchor = 'composer' | 'send-control';
export const MISSING_ANCHORS: readonly MissingAnchor[] = ['composer', 'send-control'];

export interface Composer {
  /** The Lexical contenteditable root (never modified by us). */
  editor: HTMLElement;
  surface: Surface;
}

export interface SiteAdapter {
  readonly id: SiteId;
  /** Whether this adapter is responsible for a page URL (facebook.com/messages is Messenger). */
  matches(url: URL): boolean;
  /** Every composer editor currently in the document. */
  findComposers(root: ParentNode): Composer[];
  /** The composer an element (event target, focused node) belongs to, if any. */
  composerFor(element: Element): Composer | null;
  /**
   * If `target` is (inside) a control that sends/posts/comments, the composer it sends.
   * Used by the capture-phase click interceptor.
   */
  sendControlFor(target: Element, root: ParentNode): Composer | null;
  /** The site's own send control for a composer, to re-send after acknowledgement. */
  findSendControl(composer: Composer, root: ParentNode): HTMLElement | null;
  /** Whether plain Enter sends on this surface (on the Facebook post composer it adds a line). */
  enterSends(surface: Surface): boolean;
  /** A mention/emoji/autocomplete menu is open, so Enter picks an entry instead of sending. */
  isMenuOpen(composer: Composer, root: ParentNode): boolean;
  /** Element next to which the inline warning is placed (outside the editor). */
  anchorFor(composer: Composer): HTMLElement;
  /** Facebook post composer: the audience is public (asks for written consent when a person is named). */
  isPublicAudience?(composer: Composer, root: ParentNode): boolean;
  /**
   * An editable the site uses for something else (search boxes): the generic fallback guard
   * leaves it alone and does not report it as a missing composer.
   */
  isNonComposer?(editable: Element): boolean;
  /** The surface a focused editable the adapter does not recognise most likely is (fallback guard). */
  readonly fallbackSurface?: Surface;
}
