/**
 * Popup: the guard's status on the current tab (asked live from the tab's content script, so a
 * tab that navigated elsewhere shows "not guarded") and today's acknowledgements from the log.
 */
import { browser } from 'wxt/browser';
import { resolveLanguage, type Language } from '../../i18n/languages';
import type { GuardStatus } from '../../messaging/protocol';
import { askTabStatus } from '../../messaging/send';
import { readLog } from '../../log/store';
import type { LogRecord } from '../../log/record';
import { logT, type LogStringKey } from '../options/log-strings';
import { countToday } from '../options/log-view';
import type { EffectivePolicy } from '../../policy/effective';
import { loadEffectivePolicy } from '../../settings/effective-policy';
import { policyStateT } from './policy-state-strings';

export interface PopupDeps {
  language?: Language;
  now?: () => number;
  /** Id of the tab the popup belongs to (the active tab of the current window). */
  activeTabId?: () => Promise<number | undefined>;
  /** Asks the tab's content script; undefined when none answers (not a guarded page). */
  askTab?: (tabId: number) => Promise<GuardStatus | undefined>;
  readRecords?: () => Promise<LogRecord[]>;
  openLog?: () => void;
  /** The effective policy (observation mode, policy problems); default: read from storage. */
  loadPolicy?: () => Promise<EffectivePolicy>;
  /** The organisation's guidelines (policy guidelinesUrl); a link when it is an https URL. */
  guidelinesUrl?: string;
}

const POPUP_CSS = `
.v-popup { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; min-width: 260px; max-width: 340px; padding: 4px 8px; color-scheme: light dark; }
.v-popup h1 { font-size: 1.15em; margin: 4px 0 8px; }
.v-popup p { margin: 6px 0; }
.v-popup [data-state="active"] { border-left: 5px solid #1e7f3c; padding-left: 8px; }
.v-popup [data-state="limited"] { border-left: 5px solid #b35c00; padding-left: 8px; }
.v-popup [data-state="paused"] { border-left: 5px solid #b35c00; padding-left: 8px; }
.v-popup [data-state="observing"] { border-left: 5px solid #1a56c4; padding-left: 8px; }
.v-popup .v-policy-state { font-size: .95em; }
.v-popup [data-state="none"] { border-left: 5px solid #8a8d91; padding-left: 8px; }
.v-popup .v-today { font-size: 1.1em; font-weight: 600; font-variant-numeric: tabular-nums; }
.v-popup button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #8a8d91; background: Canvas; color: CanvasText; cursor: pointer; }
.v-popup button:focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
`;

async function defaultActiveTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function mountPopup(container: HTMLElement, deps: PopupDeps = {}): Promise<void> {
  const language = deps.language ?? resolveLanguage('auto');
  const tr = (key: LogStringKey, params?: Record<string, string | number>) => logT(language, key, params);
  const now = deps.now ?? Date.now;

  const askTab = deps.askTab ?? askTabStatus;
  const [status, records, effective] = await Promise.all([
    (deps.activeTabId ?? defaultActiveTabId)()
      .then((tabId) => (tabId === undefined ? undefined : askTab(tabId)))
      .catch(() => undefined),
    (deps.readRecords ?? (async () => (await readLog()).records))().catch(() => [] as LogRecord[]),
    (deps.loadPolicy ?? (() => loadEffectivePolicy()))().catch(() => null),
  ]);

  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  const root = document.createElement('div');
  root.className = 'v-popup';
  root.dataset.testid = 'popup';

  const title = document.createElement('h1');
  title.textContent = 'Vertraulich';

  const statusLine = document.createElement('p');
  statusLine.dataset.testid = 'popup-status';
  if (status) {
    const siteName = tr(`site.${status.site}`);
    // „Schutz eingeschränkt“: the site adapter missed an anchor (a redesign), a generic guard runs.
    const state = !status.active ? 'paused' : status.limited ? 'limited' : 'active';
    statusLine.dataset.state = state;
    const key = state === 'paused' ? 'popupPaused' : state === 'limited' ? 'popupLimited' : 'popupActive';
    statusLine.textContent = tr(key, { site: siteName });
  } else {
    statusLine.dataset.state = 'none';
    statusLine.textContent = tr('popupNotGuarded');
  }

  const acknowledged = countToday(records, now(), 'acknowledged');
  const today = document.createElement('p');
  today.className = 'v-today';
  today.dataset.testid = 'popup-today';
  today.dataset.count = String(acknowledged);
  today.textContent = tr('popupToday', { count: acknowledged });

  const todayAll = document.createElement('p');
  todayAll.dataset.testid = 'popup-today-all';
  todayAll.textContent = tr('popupTodayAll', { count: countToday(records, now()) });

  const open = document.createElement('button');
  open.type = 'button';
  open.dataset.testid = 'popup-open-log';
  open.textContent = tr('popupOpenLog');
  open.addEventListener('click', deps.openLog ?? (() => void browser.runtime.openOptionsPage()));

  root.append(title, statusLine, ...policyStateLines(statusLine, status, effective, language), today, todayAll, open);
  if (deps.guidelinesUrl && /^https:\/\//i.test(deps.guidelinesUrl)) {
    const guidelines = document.createElement('a');
    guidelines.href = deps.guidelinesUrl;
    guidelines.target = '_blank';
    guidelines.rel = 'noopener noreferrer';
    guidelines.dataset.testid = 'popup-guidelines';
    guidelines.textContent = tr('popupGuidelines');
    root.append(document.createElement('p'), guidelines);
  }
  container.replaceChildren(style, root);
}

/**
 * Observation mode is silent to the draft, not secret from the person: with monitorOnly the
 * status line must not claim protection, and a line says that only the log is written. A
 * policy problem is named too. Returns the extra lines (none in the ordinary case).
 */
function policyStateLines(
  statusLine: HTMLElement,
  status: GuardStatus | undefined,
  effective: EffectivePolicy | null,
  language: Language,
): HTMLElement[] {
  if (!effective) return [];
  const lines: HTMLElement[] = [];
  const line = (testid: string, text: string) => {
    const p = document.createElement('p');
    p.className = 'v-policy-state';
    p.dataset.testid = testid;
    p.textContent = text;
    lines.push(p);
  };
  if (effective.policy.monitorOnly) {
    if (status?.active) {
      statusLine.dataset.state = 'observing';
      statusLine.textContent = policyStateT(language, 'popupObserving', {
        site: logT(language, `site.${status.site}`),
      });
    }
    line('popup-observation', policyStateT(language, 'popupObservationLine'));
  }
  if (effective.errors.some((error) => error.source === 'admin')) {
    line('popup-policy-problem', policyStateT(language, 'popupProblemLine'));
  }
  return lines;
}
