/** Public API of the policy core (pure). Browser glue lives in src/settings. */
export type { Policy, Threshold, LogEndpoint } from './types';
export {
  POLICY_SCHEMA,
  POLICY_KEYS,
  THRESHOLDS,
  CATEGORIES,
  LANGUAGES,
  isPolicyKey,
  type PolicyKey,
  type SchemaNode,
  type PolicyKeySpec,
} from './schema';
export { DEFAULT_POLICY, defaultPolicy } from './defaults';
export { parsePolicy, MAX_ERRORS, type ParseResult } from './validate';
export type { PolicyError, PolicyErrorCode, SourcedPolicyError, ValueType } from './policy-error';
export { mergePolicy, type MergedPolicy, type PolicySource } from './merge';
export { policyFingerprint, canonicalJson } from './fingerprint';
export { describePolicyError, locationLabel } from './error-messages';
export { computeEffectivePolicy, type EffectivePolicy, type AdminState } from './effective';
export { guidelinesDecision, type GuidelinesConfirmation, type GuidelinesDecision } from './guidelines';
