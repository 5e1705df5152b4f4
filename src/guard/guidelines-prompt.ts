/**
 * Asks for the organisation's guidelines on first use of a guarded composer, and again when a
 * new version or the interval makes it due (src/policy/guidelines.ts decides). The confirmation
 * is recorded by the background like an acknowledgement (decision 'guidelines-acknowledged',
 * no content), which also stores when and which version was confirmed. Never blocks sending.
 */
import { resolveLanguage } from '../i18n/languages';
import type { GuardEvent, MessageMap } from '../messaging/protocol';
import { guidelinesDecision, type GuidelinesConfirmation } from '../policy/guidelines';
import type { Policy } from '../policy/types';
import type { Composer, SiteAdapter } from '../sites/types';
import { placeBanner, type Box, type Obstacle } from '../ui/banner-placement';
import { showGuidelinesBanner, type GuidelinesBanner } from '../ui/guidelines-banner';
import { guardEvent, randomId } from './guard-event';
import type { PolicySource } from './policy-source';

export type ConfirmationSource = (
  onChange: (confirmation: GuidelinesConfirmation) => void,
  signal: AbortSignal,
) => void;

export interface GuidelinesPromptOptions {
  adapter: SiteAdapter;
  policy: PolicySource;
  confirmation: ConfirmationSource;
  record: (event: GuardEvent) => Promise<MessageMap['content→background:record']['response']>;
  signal: AbortSignal;
  doc?: Document;
  now?: () => number;
  newId?: () => string;
  isTrusted?: (event: Event) => boolean;
  browserLanguage?: string;
}

export function startGuidelinesPrompt(options: GuidelinesPromptOptions): { readonly banner: GuidelinesBanner | null } {
  const doc = options.doc ?? document;
  const now = options.now ?? Date.now;
  const { signal, adapter } = options;
  let policy: Policy | null = null;
  let confirmation: GuidelinesConfirmation | null = null;
  let banner: GuidelinesBanner | null = null;
  // "Später" hides it for this page; the next page load asks again while it is due.
  let postponed = false;

  const due = () =>
    policy !== null &&
    confirmation !== null &&
    policy.sites?.[adapter.id] !== false &&
    guidelinesDecision(policy, confirmation, now()).due;

  // Where the user was when the banner took the focus, to give it back when it goes.
  let returnTo: { editor: HTMLElement; range: Range | null } | null = null;

  const hide = () => {
    const host = banner?.host;
    banner?.remove();
    banner = null;
    const back = returnTo;
    returnTo = null;
    // Only when the focus is still ours (in the banner, or dropped to the body by its removal).
    const active = doc.activeElement;
    if (!back || !back.editor.isConnected || (active && active !== host && active !== doc.body)) return;
    back.editor.focus({ preventScroll: true });
    const selection = doc.getSelection();
    if (back.range && back.range.startContainer.isConnected && back.range.endContainer.isConnected && selection) {
      selection.removeAllRanges();
      selection.addRange(back.range);
    }
  };

  const show = (composer: Composer) => {
    if (banner || postponed || !policy || !due()) return;
    const surface = composer.surface;
    const editorHasFocus = composer.editor.contains(doc.activeElement);
    const selection = doc.getSelection();
    const range =
      editorHasFocus && selection && selection.rangeCount > 0 && composer.editor.contains(selection.anchorNode)
        ? selection.getRangeAt(0).cloneRange()
        : null;
    const current = showGuidelinesBanner({
      doc,
      language: resolveLanguage(policy.language ?? 'auto', options.browserLanguage),
      url: policy.guidelinesUrl,
      version: policy.guidelinesVersion,
      isTrusted: options.isTrusted ?? ((event) => event.isTrusted),
      place: (size) => placeBanner(viewport(doc), size, obstaclesAround(composer.editor, doc)),
    });
    banner = current;
    // The focus goes to the banner only when the user is in the composer (never taken from elsewhere).
    if (editorHasFocus) {
      returnTo = { editor: composer.editor, range };
      current.focus();
    }
    void current.result.then(async (choice) => {
      if (choice === 'later') {
        postponed = true;
        hide();
        return;
      }
      const version = policy?.guidelinesVersion ?? null;
      const event = guardEvent({
        decision: 'guidelines-acknowledged',
        site: adapter.id,
        surface,
        assessment: null,
        now,
        newId: options.newId ?? randomId,
      });
      let ok: boolean;
      try {
        ok = (await options.record(event)).ok === true;
      } catch {
        ok = false;
      }
      if (ok) {
        // What the stored confirmation will say once the background has saved it; the focus
        // returning to the composer must not bring the banner back before then.
        confirmation = { confirmedAt: now(), confirmedVersion: version };
        hide();
      } else current.showError();
    });
  };

  // The composer the user has used on this page; the banner is shown for it whenever the
  // guidelines become due: the policy (which Chrome may deliver seconds after start, when the
  // composer already has the focus) or the stored confirmation arriving after the first focus.
  let used: Composer | null = null;
  const showIfUsed = () => {
    if (!due()) hide();
    else if (used) show(used);
  };

  // The stored confirmation is read on first use, not at page load: most page loads never
  // need it, and the read (storage plus its watcher) is start-up time.
  let subscribed = false;
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    options.confirmation((next) => {
      confirmation = next;
      showIfUsed();
    }, signal);
  };

  options.policy((next) => {
    policy = next;
    showIfUsed();
  }, signal);

  const use = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return;
    const composer = adapter.composerFor(target);
    if (!composer) return;
    used = composer;
    subscribe();
    if (confirmation) show(composer);
  };
  // First use: the user focuses a composer of this site (or had before this script ran).
  doc.addEventListener('focusin', (event) => use(event.target), { capture: true, signal });
  use(doc.activeElement);
  signal.addEventListener('abort', hide, { once: true });
  return {
    get banner() {
      return banner;
    },
  };
}

function viewport(doc: Document): { width: number; height: number } {
  const root = doc.documentElement;
  return {
    width: root.clientWidth || (doc.defaultView?.innerWidth ?? 0),
    height: root.clientHeight || (doc.defaultView?.innerHeight ?? 0),
  };
}

const CONTROLS =
  'button, a[href], input, select, textarea, [role="button"], [role="combobox"], [role="link"], [contenteditable="true"], [tabindex]';
/** Enough for a dialog or a chat; a feed behind a modal dialog is not what the user works in. */
const MAX_CONTROLS = 400;

/**
 * What the banner must keep clear of: the controls of the composer's dialog (its header with the
 * audience and the close button), the editor itself, and, weighted less, the whole dialog; on a
 * page without a dialog, the page's controls.
 */
function obstaclesAround(editor: HTMLElement, doc: Document): Obstacle[] {
  const dialog = editor.closest('[role="dialog"], dialog');
  const scope: ParentNode = dialog ?? doc;
  const obstacles: Obstacle[] = [{ box: boxOf(editor), weight: 1 }];
  if (dialog) obstacles.push({ box: boxOf(dialog), weight: 0.01 });
  let count = 0;
  for (const control of scope.querySelectorAll(CONTROLS)) {
    if (++count > MAX_CONTROLS) break;
    obstacles.push({ box: boxOf(control), weight: 1 });
  }
  return obstacles;
}

function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
