import type { Category, Severity } from '../detect/types';

/** A threshold: a severity from which an action applies, or 'off'. */
export type Threshold = Exclude<Severity, 'none'> | 'off';

export interface LogEndpoint {
  url: string;
  format: 'json' | 'splunk-hec';
  token: string;
}

/**
 * The effective policy. The schema in src/policy/schema.ts is the source of truth; this type
 * must stay equal to what the schema describes (checked by a test).
 */
export interface Policy {
  sites: { whatsapp: boolean; facebook: boolean; messenger: boolean };
  warnAt: Threshold;
  acknowledgeAt: Threshold;
  blockAt: Threshold;
  monitorOnly: boolean;
  approvedChannel: { name: string; url: string };
  contactPerson: { name: string; email: string; phone: string };
  guidelinesUrl: string;
  guidelinesVersion: string;
  reacknowledgeDays: number;
  customTerms: { term: string; category: Category }[];
  allowTerms: string[];
  customPatterns: { name: string; pattern: string; category: Category }[];
  logRetentionDays: number;
  logEndpoint: LogEndpoint | null;
  userLabel: string;
  userMayChange: string[];
  language: 'auto' | 'de' | 'en';
  caseload: 'on' | 'off';
  caseloadAlone: Exclude<Severity, 'none'>;
  caseloadGreeting: Exclude<Severity, 'none'>;
}
