import { describe, expect, it } from 'vitest';
import { guidelinesDecision } from '../../../src/policy/guidelines';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);
const policy = {
  guidelinesUrl: 'https://intranet.example/richtlinie.pdf',
  guidelinesVersion: '2025-01',
  reacknowledgeDays: 365,
};

describe('guidelinesDecision', () => {
  it.each([
    ['no guidelines set', { ...policy, guidelinesUrl: '' }, null, null, false, 'no-guidelines'],
    ['never confirmed', policy, null, null, true, 'never-confirmed'],
    ['confirmed yesterday', policy, NOW - DAY, '2025-01', false, 'confirmed'],
    ['confirmed 364 days ago', policy, NOW - 364 * DAY, '2025-01', false, 'confirmed'],
    ['confirmed exactly 365 days ago', policy, NOW - 365 * DAY, '2025-01', true, 'interval-elapsed'],
    ['confirmed 400 days ago', policy, NOW - 400 * DAY, '2025-01', true, 'interval-elapsed'],
    ['older version confirmed yesterday', policy, NOW - DAY, '2024-01', true, 'new-version'],
    ['no version in policy, none confirmed', { ...policy, guidelinesVersion: '' }, NOW - DAY, '', false, 'confirmed'],
    ['confirmation dated next week (clock changed)', policy, NOW + 7 * DAY, '2025-01', true, 'clock-changed'],
    ['confirmation a few hours ahead (skew tolerated)', policy, NOW + 3_600_000, '2025-01', false, 'confirmed'],
    [
      'interval 0 = once only, 10 years ago',
      { ...policy, reacknowledgeDays: 0 },
      NOW - 3650 * DAY,
      '2025-01',
      false,
      'confirmed',
    ],
    ['corrupt timestamp', policy, Number.NaN, '2025-01', true, 'never-confirmed'],
  ] as const)('%s', (_name, p, confirmedAt, confirmedVersion, due, reason) => {
    const decision = guidelinesDecision(p, { confirmedAt, confirmedVersion }, NOW);
    expect(decision.due).toBe(due);
    expect(decision.reason).toBe(reason);
  });

  it('says when the next confirmation is due', () => {
    const decision = guidelinesDecision(policy, { confirmedAt: NOW - DAY, confirmedVersion: '2025-01' }, NOW);
    expect(decision).toEqual({ due: false, reason: 'confirmed', nextDueAt: NOW + 364 * DAY });
  });
});
