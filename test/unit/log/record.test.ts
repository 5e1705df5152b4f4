import { describe, expect, it } from 'vitest';
import { buildRecord, cleanLabel, OTHER_KIND, validateEvent } from '../../../src/log/record';

const CANARY = 'Kanarienvogel Max Mustermann HIV-positiv';

const valid = {
  decision: 'acknowledged',
  site: 'whatsapp',
  surface: 'chat',
  severity: 'warn',
  categories: { health: 1, name: 1 },
  kinds: { person: 1, 'health-term': 1 },
  eventId: '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
  time: 1_700_000_000_000,
};

describe('validateEvent', () => {
  it('accepts a well-formed event and keeps only whitelisted fields', () => {
    const result = validateEvent({ ...valid, draft: CANARY, text: CANARY, recipient: CANARY, chatTitle: CANARY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.event).sort()).toEqual([
      'categories',
      'decision',
      'eventId',
      'kinds',
      'severity',
      'site',
      'surface',
    ]);
    expect(JSON.stringify(result.event)).not.toContain('Kanarienvogel');
  });

  it('keeps consentConfirmed when boolean', () => {
    const result = validateEvent({ ...valid, surface: 'post', consentConfirmed: true });
    expect(result.ok && result.event.consentConfirmed).toBe(true);
  });

  it.each([
    ['decision', { decision: CANARY }],
    ['decision', { decision: 'ACKNOWLEDGED' }],
    ['site', { site: 'twitter' }],
    ['surface', { surface: 'story' }],
    ['severity', { severity: 'critical' }],
    ['eventId', { eventId: CANARY }],
    ['eventId', { eventId: 'short' }],
    ['eventId', { eventId: 'x'.repeat(65) }],
    ['consentConfirmed', { consentConfirmed: 'yes' }],
    ['category', { categories: { [CANARY]: 1 } }],
    ['category count', { categories: { health: 1.5 } }],
    ['category count', { categories: { health: -1 } }],
    ['category count', { categories: { health: CANARY } }],
    ['categories', { categories: [1, 2] }],
    ['kind count', { kinds: { person: '1' } }],
    ['kind count', { kinds: { person: Number.NaN } }],
    ['kinds', { kinds: CANARY }],
  ])('rejects an invalid %s without echoing the value', (_field, patch) => {
    const result = validateEvent({ ...valid, ...patch });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Kanarienvogel');
  });

  it.each([null, undefined, 'text', 42, [valid]])('rejects %j', (input) => {
    expect(validateEvent(input).ok).toBe(false);
  });

  it('folds kind names that could carry text into "other", keeping counts', () => {
    const result = validateEvent({
      ...valid,
      kinds: { person: 1, [CANARY]: 2, 'Max Mustermann': 1, ['a'.repeat(41)]: 1, 'case-number': 3, constructor: 1 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event.kinds).toEqual({ person: 1, [OTHER_KIND]: 4, 'case-number': 3, constructor: 1 });
  });

  it('applies an optional kind whitelist', () => {
    const result = validateEvent(
      { ...valid, kinds: { person: 1, maxmustermann: 1 } },
      { isKnownKind: (k) => k === 'person' },
    );
    expect(result.ok && result.event.kinds).toEqual({ person: 1, [OTHER_KIND]: 1 });
  });

  it('does not throw on a hostile getter', () => {
    const hostile = { ...valid };
    Object.defineProperty(hostile, 'decision', {
      enumerable: true,
      get() {
        throw new Error(CANARY);
      },
    });
    expect(validateEvent(hostile)).toEqual({ ok: false, error: 'invalid event' });
  });
});

describe('buildRecord', () => {
  it('sets time from the background clock as UTC ISO and copies no event time or text', () => {
    const result = validateEvent(valid);
    if (!result.ok) throw new Error('fixture invalid');
    const record = buildRecord(result.event, {
      id: 'r1',
      now: Date.UTC(2026, 10, 29, 8, 30),
      policyVersion: 'fp-1',
      extensionVersion: '0.1.0',
      userLabel: '',
    });
    expect(record).toEqual({
      v: 1,
      id: 'r1',
      time: '2026-11-29T08:30:00.000Z',
      decision: 'acknowledged',
      site: 'whatsapp',
      surface: 'chat',
      severity: 'warn',
      categories: { health: 1, name: 1 },
      kinds: { person: 1, 'health-term': 1 },
      policyVersion: 'fp-1',
      extensionVersion: '0.1.0',
    });
  });

  it('adds a cleaned userLabel when set', () => {
    const result = validateEvent(valid);
    if (!result.ok) throw new Error('fixture invalid');
    const record = buildRecord(result.event, {
      id: 'r',
      now: 0,
      policyVersion: '',
      extensionVersion: '',
      userLabel: ' Team\nNord ',
    });
    expect(record.userLabel).toBe('Team Nord');
    expect(record.policyVersion).toBe('unknown');
  });
});

describe('cleanLabel', () => {
  it.each([
    ['Team Nord', 'Team Nord'],
    ['a\u0000b\u2028c', 'a b c'],
    [42, ''],
    ['x'.repeat(200), 'x'.repeat(80)],
  ] as const)('%j → %j', (input, expected) => {
    expect(cleanLabel(input)).toBe(expected);
  });
});

describe('validateEvent with the kind whitelist', () => {
  const isKnownKind = (kind: string) =>
    ['person', 'Aktenzeichen (Jugendamt)', '__proto__', 'Zeile\nzwei'].includes(kind);
  it.each([
    ['person', 'person'],
    ['Aktenzeichen (Jugendamt)', 'Aktenzeichen (Jugendamt)'],
    // near-misses
    ['mustermann', OTHER_KIND],
    ['KANARIE-e2e-9931', OTHER_KIND],
    ['__proto__', OTHER_KIND],
    ['Zeile\nzwei', OTHER_KIND],
  ])('%j is stored as %j', (kind, stored) => {
    const result = validateEvent({ ...valid, kinds: { [kind]: 2 } }, { isKnownKind });
    expect(result.ok && result.event.kinds).toEqual({ [stored]: 2 });
  });
});
