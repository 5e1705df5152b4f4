/**
 * The organisation's social-media guidelines, asked for on first use of a guarded composer and
 * again when a new version or the interval (reacknowledgeDays) makes it due. A banner in its own
 * shadow root at the top of the viewport, never inside the editor; it does not block sending.
 */
import type { Language } from '../i18n/languages';
import { gt, type GuardStringKey } from './guard-strings';
import { createShadowHost, el, prefersDark } from './shadow-host';
import { THEME_CSS } from './theme';

export interface GuidelinesBanner {
  host: HTMLElement;
  /** Resolves 'confirmed' (trusted click after ticking the box) or 'later'. */
  result: Promise<'confirmed' | 'later'>;
  showError(): void;
  /** Moves the keyboard focus to the banner (its region; the next Tab reaches its controls). */
  focus(): void;
  remove(): void;
}

const CSS = `${THEME_CSS}
:host { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483646;
  width: min(560px, calc(100vw - 24px)); }
.box:focus { outline: 3px solid var(--v-border); outline-offset: 2px; }
.box { background: var(--v-surface); color: var(--v-surface-fg); border: 2px solid var(--v-border);
  border-radius: 10px; padding: 14px 16px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
h2 { font-size: 15px; margin: 0 0 6px; }
label { display: flex; gap: 8px; align-items: flex-start; margin: 8px 0; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
.error { color: var(--v-error); }
`;

export function showGuidelinesBanner(options: {
  doc: Document;
  language: Language;
  url: string;
  version: string;
  isTrusted: (event: Event) => boolean;
  /** Where it goes once its size is known (viewport coordinates); top centre when absent. */
  place?: (size: { width: number; height: number }) => { left: number; top: number } | null;
}): GuidelinesBanner {
  const { doc, language } = options;
  const t = (key: GuardStringKey, params?: Record<string, string>) => gt(language, key, params);
  const { host, root } = createShadowHost(doc, 'vertraulich-guidelines', CSS);
  if (prefersDark(doc)) host.setAttribute('data-theme', 'dark');
  const checkbox = el(doc, 'input', { type: 'checkbox', 'data-check': 'guidelines' });
  const confirm = el(
    doc,
    'button',
    { type: 'button', class: 'primary', 'data-action': 'confirm-guidelines', disabled: '' },
    t('guidelinesConfirm'),
  );
  const later = el(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'later' }, t('guidelinesLater'));
  const error = el(doc, 'p', { class: 'error', role: 'alert', hidden: '' }, t('guidelinesRecordFailed'));
  const link = el(doc, 'a', { href: options.url, target: '_blank', rel: 'noopener noreferrer' }, t('guidelinesOpen'));
  root.append(
    el(
      doc,
      'section',
      { class: 'box', role: 'region', 'aria-label': t('guidelinesTitle'), tabindex: '-1' },
      el(doc, 'h2', {}, t('guidelinesTitle')),
      el(doc, 'p', {}, t(options.version ? 'guidelinesBodyVersion' : 'guidelinesBody', { version: options.version })),
      el(doc, 'p', {}, link),
      el(doc, 'label', {}, checkbox, el(doc, 'span', {}, t('guidelinesCheck'))),
      error,
      el(doc, 'div', { class: 'actions' }, later, confirm),
    ),
  );
  let settle: (value: 'confirmed' | 'later') => void = () => undefined;
  const result = new Promise<'confirmed' | 'later'>((resolve) => (settle = resolve));
  // Only the user's own (trusted) input counts: a page script cannot confirm for them. The
  // box's state is what the user's trusted change events said, never the DOM's `checked` (a
  // page script can set that, and `disabled`, without any event; issue 12, finding 10).
  let ticked = false;
  checkbox.addEventListener('change', (event) => {
    if (!options.isTrusted(event)) {
      checkbox.checked = ticked;
      return;
    }
    ticked = checkbox.checked;
    confirm.disabled = !ticked;
  });
  confirm.addEventListener('click', (event) => {
    if (options.isTrusted(event) && ticked) settle('confirmed');
  });
  later.addEventListener('click', (event) => {
    if (options.isTrusted(event)) settle('later');
  });
  doc.documentElement.append(host);
  const size = host.getBoundingClientRect();
  const place = options.place?.({ width: size.width, height: size.height });
  if (place) {
    // Inline styles on the host win over its own :host rule.
    host.style.setProperty('left', `${Math.round(place.left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(place.top)}px`, 'important');
    host.style.setProperty('transform', 'none', 'important');
  }
  return {
    host,
    result,
    showError: () => error.removeAttribute('hidden'),
    // The region, not the box: it may take the focus while the user is typing, and a typed
    // space must not tick "read" for them. Tab goes on to the link and the box.
    focus: () => root.querySelector<HTMLElement>('section')?.focus({ preventScroll: true }),
    remove: () => host.remove(),
  };
}
