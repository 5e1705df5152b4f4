/**
 * What the toolbar badge and the popup say about the policy's state, German first: off on this
 * site, observation mode (monitorOnly), policy problem. The English table must have the same
 * keys (the Record type enforces it). Placeholders are {name}.
 */
import type { Language } from '../../i18n/languages';
import { translator } from '../../i18n/translate';

export const policyStateDe = {
  badgeOff: 'AUS',
  badgeProblem: '!',
  badgeObserving: 'BEOB',
  titleOff: 'Vertraulich ist auf dieser Website ausgeschaltet.',
  titleProblem: 'Die Richtlinie Ihrer Organisation ist fehlerhaft; Einzelheiten stehen in den Einstellungen.',
  titleObserving: 'Beobachtungsphase: es wird nur protokolliert.',
  titleNormal: 'Vertraulich',
  popupObserving: 'Vertraulich beobachtet {site}, greift aber nicht ein.',
  popupObservationLine: 'Beobachtungsphase: es wird nur protokolliert. Entwürfe werden nicht angehalten.',
  popupProblemLine:
    'Die Richtlinie Ihrer Organisation ist fehlerhaft; betroffene Einstellungen nutzen den Standardwert.',
} as const;

export type PolicyStateKey = keyof typeof policyStateDe;

export const policyStateEn: Record<PolicyStateKey, string> = {
  badgeOff: 'OFF',
  badgeProblem: '!',
  badgeObserving: 'OBS',
  titleOff: 'Vertraulich is off on this site.',
  titleProblem: "Your organisation's policy has problems; see the settings for details.",
  titleObserving: 'Observation phase: decisions are only logged.',
  titleNormal: 'Vertraulich',
  popupObserving: 'Vertraulich observes {site} but does not intervene.',
  popupObservationLine: 'Observation phase: decisions are only logged. Drafts are not stopped.',
  popupProblemLine: "Your organisation's policy has problems; affected settings use their defaults.",
};

const tables: Record<Language, Record<PolicyStateKey, string>> = { de: policyStateDe, en: policyStateEn };

export const policyStateT = translator<PolicyStateKey>(tables);
