/**
 * Issue 16, end to end through scan(): a client's name talked about warns, greeted it is a
 * notice, with a sensitive cue it is high; the organisation's policy sets the first two.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/index';
import type { ScanOptions } from '../../../src/detect/types';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { scanOptionsFor } from '../../../src/policy/scan-options';
import { matcherOf } from '../caseload/helpers';

const withClients = (lines: string[], policy = {}): ScanOptions => ({
  ...scanOptionsFor({ ...DEFAULT_POLICY, ...policy }),
  clients: matcherOf(lines),
});
const clients = ['Omid Rahimi', 'Kai Brandt'];

describe('a client name in a draft (scan)', () => {
  it('"hab grad mit omid geredet" warns after "Omid Rahimi" is added, and not before', () => {
    const draft = 'hab grad mit omid geredet';
    const before = scan(draft, scanOptionsFor(DEFAULT_POLICY));
    expect(before.severity).not.toBe('warn');
    expect(before.findings.map((f) => f.kind)).not.toContain('client');
    const after = scan(draft, withClients(['Omid Rahimi']));
    expect(after.severity).toBe('warn');
    expect(after.findings).toEqual([
      { category: 'name', kind: 'client', start: 13, end: 17, score: 0.95, reason: 'caseload' },
    ]);
  });

  it.each([
    ['hab grad mit omid geredet', 'warn'], // talked about
    ['KAI war heute nicht da', 'warn'],
    ['Hallo Kai, passt Dienstag?', 'notice'], // greeting: contact and logistics
    ['Hallo Kai, Omid kommt auch', 'warn'], // one greeted, one talked about
    ['Omid hat wieder Panikattacken', 'high'], // a sensitive cue
    ['Hallo Kai, wie läuft die Therapie?', 'high'], // greeted, but the cue is the client's health
    ['omid war beim jobcenter', 'high'], // a known client at the Jobcenter is their social data
    ['schreib an omid.rahimi@example.org', 'warn'], // the e-mail finding wins the span, the client still counts
    ['Danke Kai!', 'notice'],
    // Near-misses: no client in the draft.
    ['der Kaiserschmarrn war lecker', 'none'], // "Kai" inside a longer word
    ['Hallo zusammen, passt Dienstag?', 'none'],
  ])('%j → %s', (text, severity) => {
    expect(scan(text, withClients(clients)).severity).toBe(severity);
  });

  it.each([
    [{ caseloadAlone: 'notice' }, 'hab grad mit omid geredet', 'notice'],
    [{ caseloadAlone: 'high' }, 'hab grad mit omid geredet', 'high'],
    [{ caseloadGreeting: 'warn' }, 'Hallo Kai, passt Dienstag?', 'warn'],
    [{ caseloadGreeting: 'notice', caseloadAlone: 'notice' }, 'Omid hat wieder Panikattacken', 'high'],
    // 'off': the list is not used; what is left is the general name detection.
    [{ caseload: 'off' }, 'hab grad mit Omid Rahimi geredet', 'notice'],
  ])('policy %o: %j → %s', (policy, text, severity) => {
    const result = scan(text, withClients(clients, policy));
    expect(result.severity).toBe(severity);
    if ((policy as { caseload?: string }).caseload === 'off') {
      expect(result.findings.map((f) => f.kind)).not.toContain('client');
    }
  });

  it('an allowed term is never a client (a colleague with a client’s first name)', () => {
    const result = scan('Kai aus dem Team kommt', { ...withClients(clients), allowTerms: ['Kai'] });
    expect(result.findings.map((f) => f.kind)).not.toContain('client');
  });
});
