/**
 * The reason chosen in the acknowledgement dialog travels from the event into the record, the
 * exports and the collector's request; anything but a known code is refused.
 */
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/messaging/protocol';
import { buildRecord, validateEvent, type LogRecord } from '../../../src/log/record';
import { toCsv, toJsonLines } from '../../../src/log/export';
import { buildRequest } from '../../../src/log/queue';

const event = {
  decision: 'acknowledged',
  site: 'whatsapp',
  surface: 'chat',
  severity: 'warn',
  categories: { health: 1 },
  kinds: { 'health-term': 1 },
  eventId: 'event-0001',
};
const context = { id: 'r1', now: Date.UTC(2026, 11, 4, 9), policyVersion: 'p', extensionVersion: '1', userLabel: '' };

describe('reason', () => {
  it.each(REASONS)('keeps %s from the event into the record', (reason) => {
    const result = validateEvent({ ...event, reason });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(buildRecord(result.event, context).reason).toBe(reason);
  });

  it.each([
    // near-misses: not one of the three codes
    ['CONSENT'],
    ['Die schriftliche Einwilligung liegt vor'],
    ['Frau Becker'],
    [1],
    [true],
  ])('refuses %j without echoing it', (reason) => {
    const result = validateEvent({ ...event, reason });
    expect(result).toEqual({ ok: false, error: 'invalid reason' });
  });

  it('a record without a reason has no reason field', () => {
    const result = validateEvent(event);
    expect(result.ok && 'reason' in buildRecord(result.event, context)).toBe(false);
  });

  it('the exports and the collector carry it', () => {
    const result = validateEvent({ ...event, reason: 'necessary' });
    if (!result.ok) throw new Error('invalid');
    const record: LogRecord = {
      ...buildRecord(result.event, context),
      seq: 1,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    };
    expect(JSON.parse(toJsonLines([record])).reason).toBe('necessary');
    expect(toCsv([record])).toMatch(/necessary|Dienstlich notwendig/);
    const request = buildRequest([record], {
      url: 'https://collector.example/log',
      format: 'json',
      token: '',
    } as never);
    expect(JSON.parse(request.init.body).records[0].reason).toBe('necessary');
  });
});
