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
   * The administrator policy is not known yet: not read (first start), or read as "no collector"
   * so soon after start that Chromium may still deliver one (effective-log-policy.ts). Values
   * are the defaults for now; records made then are queued, forwarded once a collector is known.
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
