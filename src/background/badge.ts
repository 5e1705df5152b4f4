/**
 * The toolbar badge tells the policy's state at a glance: `AUS`/`OFF` on a supported site the
 * policy switched off, `!` when the administrator policy has problems, `BEOB`/`OBS` in
 * observation mode (monitorOnly). The tooltip says it in words. Everywhere else: no badge.
 *
 * The global badge follows the effective policy; a tab on a switched-off site gets its own
 * badge (Chromium and Firefox clear tab-specific values when the tab navigates). The site is
 * taken from tab.url when the browser gives it, else the tab's content script is asked.
 */
import { browser } from 'wxt/browser';
import { resolveLanguage } from '../i18n/languages';
import { askTabStatus } from '../messaging/send';
import type { EffectivePolicy } from '../policy/effective';
import { adapterFor } from '../sites';
import type { SiteId } from '../sites/types';
import { policyStateT, type PolicyStateKey } from '../ui/popup/policy-state-strings';

export type BadgeState = 'off-here' | 'policy-problem' | 'observing' | 'normal';

const LOOK: Record<BadgeState, { text: PolicyStateKey | null; title: PolicyStateKey; color: string }> = {
  'off-here': { text: 'badgeOff', title: 'titleOff', color: '#b35c00' },
  'policy-problem': { text: 'badgeProblem', title: 'titleProblem', color: '#b3261e' },
  observing: { text: 'badgeObserving', title: 'titleObserving', color: '#1a56c4' },
  normal: { text: null, title: 'titleNormal', color: '#1a56c4' },
};

/** The state for a tab showing `site` (null: not a supported site). Off here wins: no protection at all. */
export function badgeState(effective: EffectivePolicy, site: SiteId | null): BadgeState {
  if (site && !effective.policy.sites[site]) return 'off-here';
  if (effective.errors.some((error) => error.source === 'admin')) return 'policy-problem';
  if (effective.policy.monitorOnly) return 'observing';
  return 'normal';
}

export function badgeLook(
  state: BadgeState,
  effective: EffectivePolicy,
): { text: string; title: string; color: string } {
  const language = resolveLanguage(effective.policy.language);
  const look = LOOK[state];
  return {
    text: look.text ? policyStateT(language, look.text) : '',
    title: policyStateT(language, look.title),
    color: look.color,
  };
}

interface ActionLike {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
  setTitle(details: { title: string; tabId?: number }): Promise<void>;
}

function defaultAction(): ActionLike | undefined {
  // MV3 (Chromium) has `action`; Firefox MV2 has `browserAction`.
  const api = browser as unknown as { action?: ActionLike; browserAction?: ActionLike };
  return api.action ?? api.browserAction;
}

export interface BadgeDeps {
  action?: ActionLike;
  askTab?: (tabId: number) => Promise<{ site: SiteId } | undefined>;
}

/** Registers the tab listeners (synchronously, for MV3) and returns the policy callback. */
export function startBadge(signal: AbortSignal, deps: BadgeDeps = {}): (effective: EffectivePolicy) => void {
  const action = deps.action ?? defaultAction();
  const askTab = deps.askTab ?? askTabStatus;
  let latest: EffectivePolicy | null = null;
  /** Tabs that got a badge of their own, re-judged when the policy changes. */
  const marked = new Set<number>();

  const apply = async (state: BadgeState, effective: EffectivePolicy, tabId?: number) => {
    if (!action) return;
    const look = badgeLook(state, effective);
    const target = tabId === undefined ? {} : { tabId };
    try {
      await Promise.all([
        action.setBadgeText({ ...target, text: look.text }),
        action.setBadgeBackgroundColor({ ...target, color: look.color }),
        action.setTitle({ ...target, title: look.title }),
      ]);
    } catch {
      // The tab closed meanwhile, or no action API (tests): nothing to show.
    }
  };

  const siteOf = async (tabId: number, url: string | undefined): Promise<SiteId | null> => {
    if (url) {
      try {
        return adapterFor(new URL(url))?.id ?? null;
      } catch {
        return null;
      }
    }
    return (await askTab(tabId).catch(() => undefined))?.site ?? null;
  };

  const judgeTab = async (tabId: number, url?: string) => {
    const effective = latest;
    if (!effective) return;
    const site = await siteOf(tabId, url);
    const state = badgeState(effective, site);
    if (state === 'off-here') {
      marked.add(tabId);
      await apply(state, effective, tabId);
    } else if (marked.has(tabId)) {
      // Back to what every tab shows.
      marked.delete(tabId);
      await apply(state, effective, tabId);
    }
  };

  const onActivated = (info: { tabId: number }) => void judgeTab(info.tabId);
  const onUpdated = (tabId: number, change: { status?: string; url?: string }, tab: { url?: string }) => {
    if (change.status === 'complete' || change.url) void judgeTab(tabId, tab.url);
  };
  const onRemoved = (tabId: number) => marked.delete(tabId);
  const tabs = browser.tabs as typeof browser.tabs | undefined;
  tabs?.onActivated.addListener(onActivated);
  tabs?.onUpdated.addListener(onUpdated);
  tabs?.onRemoved.addListener(onRemoved);
  signal.addEventListener(
    'abort',
    () => {
      tabs?.onActivated.removeListener(onActivated);
      tabs?.onUpdated.removeListener(onUpdated);
      tabs?.onRemoved.removeListener(onRemoved);
    },
    { once: true },
  );

  return (effective) => {
    latest = effective;
    void apply(badgeState(effective, null), effective);
    for (const tabId of marked) void judgeTab(tabId);
    // The tab in front now, so a policy that switches this site off shows at once.
    void tabs
      ?.query({ active: true })
      .then((found) => {
        for (const tab of found) if (tab.id !== undefined) void judgeTab(tab.id, tab.url);
      })
      .catch(() => undefined);
  };
}
