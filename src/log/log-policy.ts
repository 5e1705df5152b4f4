/**
 * What the log needs from the effective policy. Its own small file so the options page and
 * popup can use it without importing the background's listeners.
 */
import { DEFAULT_POLICY } from '../policy/defaults';
import { policyFingerprint } from '../policy/fingerprint';
import type { LogEndpoint } from '../policy/types';

export interface LogPolicy {
  logRetentionDays: number;
  logEndpoint: LogEndpoint | null;
  userLabel: string;
  /** Fingerprint (hash or version) of the effective policy, stored as policyVersion. */
  fingerprint: string;
  /** Names of the policy's custom patterns: kinds the log may name (see known-kinds.ts). */
  customPatternNames?: string[];
  /**
   * The administrator policy was not read yet (first start): values are the defaults for now.
   * Records made then are still queued for forwarding, decided once the policy is known.
   */
  provisional?: boolean;
}

export const DEFAULT_RETENTION_DAYS = 365;

/** The defaults, for as long as no effective policy source is wired in (src/settings). */
export async function defaultLogPolicy(): Promise<LogPolicy> {
  return {
    logRetentionDays: DEFAULT_POLICY.logRetentionDays,
    logEndpoint: DEFAULT_POLICY.logEndpoint,
    userLabel: DEFAULT_POLICY.userLabel,
    fingerprint: policyFingerprint({}),
    customPatternNames: [],
  };
}
