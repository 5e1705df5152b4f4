/** Public API of the policy core (pure). Browser glue lives in src/settings. */
export type { Policy, Threshold, LogEndpoint } from './types';
export {
  POLICY_SCHEMA,
  POLICY_KEYS,
  THRESHOLDS,
  CATEGORIES,
  LANGUAGES,
  isPolicyKey,
  USER_EDITABLE_KEYS,
  type PolicyKey,
  type SchemaNode,
  type PolicyKeySpec,
} from './schema';
export { DEFAULT_POLICY, defaultPolicy } from './defaults';
export { parsePolicy, MAX_ERRORS, type ParseResult } from './validate';
export type { PolicyError, PolicyErrorCode, SourcedPolicyError, ValueType } from './policy-error';
export { mergePolicy, userMayAdd, type MergedPolicy, type PolicySource, type AdminFacts } from './merge';
export { policyFingerprint, canonicalJson } from './fingerprint';
export { describePolicyError, locationLabel } from './error-messages';
export { computeEffectivePolicy, adminFacts, topLevelKey, type EffectivePolicy, type AdminState } from './effective';
export { guidelinesDecision, type GuidelinesConfirmation, type GuidelinesDecision } from './guidelines';
