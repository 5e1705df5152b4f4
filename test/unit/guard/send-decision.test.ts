import { describe, expect, it } from 'vitest';
import type { Assessment, Category, Severity } from '../../../src/detect/types';
import { decide, type SendContext } from '../../../src/guard/send-decision';
import type { Threshold } from '../../../src/policy/types';
import type { Surface } from '../../../src/sites/types';

const finding = (category: Category) => ({
  category,
  kind: category === 'name' ? 'person' : 'x',
  start: 0,
  end: 1,
  score: 1,
});
const at = (
  severity: Severity,
  categories: Category[] = severity === 'none' ? [] : ['health'],
  failed?: string[],
): Assessment => ({
  severity,
  findings: categories.map(finding),
  ...(failed ? { failed } : {}),
});
const policy = (
  acknowledgeAt: Threshold = 'warn',
  blockAt: Threshold = 'off',
  monitorOnly = false,
  warnAt: Threshold = 'notice',
) => ({
  acknowledgeAt,
  blockAt,
  monitorOnly,
  warnAt,
});
const chat: SendContext = { surface: 'chat', publicAudience: false };
const ctx = (surface: Surface, publicAudience = false): SendContext => ({ surface, publicAudience });

describe('decide: thresholds', () => {
  it.each([
    // severity, acknowledgeAt, blockAt, monitorOnly, expected action, dialog
    ['none', 'warn', 'off', false, 'send', null],
    ['notice', 'warn', 'off', false, 'send', null],
    ['warn', 'warn', 'off', false, 'acknowledge', 'acknowledge'],
    ['high', 'warn', 'off', false, 'acknowledge', 'acknowledge'],
    ['warn', 'high', 'off', false, 'send', null],
    ['notice', 'notice', 'off', false, 'acknowledge', 'acknowledge'],
    ['high', 'off', 'off', false, 'send', null],
    ['high', 'warn', 'high', false, 'block', 'block'],
    ['warn', 'warn', 'high', false, 'acknowledge', 'acknowledge'],
    // Block without acknowledgement configured still blocks.
    ['high', 'off', 'high', false, 'block', 'block'],
    ['high', 'warn', 'high', true, 'monitor', null],
    ['warn', 'warn', 'off', true, 'monitor', null],
    ['none', 'warn', 'off', true, 'send', null],
  ] as const)('%s with ack %s, block %s, monitorOnly %s → %s', (severity, ack, block, monitor, action, dialog) => {
    const decision = decide(at(severity), policy(ack, block, monitor), chat);
    expect(decision.action).toBe(action);
    expect(decision.dialogMode).toBe(dialog);
  });

  it('a failed check is never a silent send', () => {
    expect(decide(null, policy(), chat)).toMatchObject({
      action: 'acknowledge',
      dialogMode: 'check-failed',
      checkFailed: true,
      panelMode: 'failed',
    });
    expect(decide(at('none', [], ['iban']), policy(), chat)).toMatchObject({
      action: 'acknowledge',
      checkFailed: true,
    });
    // Even with acknowledgement switched off.
    expect(decide(at('none', [], ['iban']), policy('off'), chat).action).toBe('acknowledge');
    // An empty failed list is a complete check.
    expect(decide(at('none', [], []), policy(), chat).action).toBe('send');
    // monitorOnly still never interrupts, but records.
    expect(decide(null, policy('warn', 'off', true), chat)).toMatchObject({
      action: 'monitor',
      checkFailed: true,
      panelMode: null,
    });
  });
});

describe('decide: consent for public posts naming a person', () => {
  it.each([
    // surface, public audience, categories, severity, askConsent, action — why
    ['post', true, ['name'], 'notice', true, 'acknowledge'], // the seed's rule: consent even when nothing else is found
    ['post', true, ['name', 'health'], 'high', true, 'acknowledge'],
    ['post', true, ['health'], 'warn', false, 'acknowledge'], // near-miss: nobody named, ordinary acknowledgement
    ['post', false, ['name'], 'notice', false, 'send'], // near-miss: friends-only audience is not a publication
    ['comment', true, ['name'], 'notice', false, 'send'], // near-miss: comments are conversations, not posts
    ['chat', true, ['name'], 'notice', false, 'send'], // near-miss: Messenger / WhatsApp chat
    ['caption', true, ['name'], 'notice', false, 'send'], // near-miss: a WhatsApp caption goes to a chat
    ['post', true, [], 'none', false, 'send'], // near-miss: a post about nobody
  ] as const)(
    '%s, public %s, %j (%s) → consent %s, %s',
    (surface, isPublic, categories, severity, askConsent, action) => {
      const decision = decide(at(severity, [...categories]), policy(), ctx(surface, isPublic));
      expect(decision.askConsent).toBe(askConsent);
      expect(decision.action).toBe(action);
      if (askConsent) expect(decision.reasons[0]).toBe('consent');
    },
  );

  it('consent alone opens the consent dialog; with sensitive content the full one', () => {
    expect(decide(at('notice', ['name']), policy(), ctx('post', true)).dialogMode).toBe('consent');
    expect(decide(at('warn', ['name', 'health']), policy(), ctx('post', true)).dialogMode).toBe('acknowledge');
  });

  it('block and monitorOnly win over consent', () => {
    expect(decide(at('high', ['name']), policy('warn', 'high'), ctx('post', true))).toMatchObject({
      action: 'block',
      askConsent: false,
      reasons: [],
    });
    expect(decide(at('notice', ['name']), policy('warn', 'off', true), ctx('post', true))).toMatchObject({
      action: 'monitor',
      askConsent: false,
    });
  });

  it('reasons: consent first for a public post (without "necessary"), otherwise false alarm first', () => {
    expect(decide(at('warn', ['name', 'health']), policy(), ctx('post', true)).reasons).toEqual([
      'consent',
      'false-alarm',
    ]);
    expect(decide(at('warn'), policy(), chat).reasons).toEqual(['false-alarm', 'necessary', 'consent']);
  });
});

describe('decide: the inline warning', () => {
  it.each([
    // severity, categories, warnAt, monitorOnly, panelMode — why
    ['warn', ['health'], 'notice', false, 'warn'],
    ['high', ['health'], 'notice', false, 'warn'],
    ['notice', ['name'], 'notice', false, 'notice'],
    ['notice', ['name'], 'warn', false, null], // below warnAt
    ['notice', [], 'notice', false, null], // nothing left after the allow list: no panel
    ['none', [], 'notice', false, null],
    ['high', ['health'], 'notice', true, null], // monitorOnly never shows a panel
    ['warn', ['health'], 'off', false, null],
  ] as const)('%s %j, warnAt %s, monitorOnly %s → %s', (severity, categories, warnAt, monitor, mode) => {
    expect(decide(at(severity, [...categories]), policy('warn', 'off', monitor, warnAt), chat).panelMode).toBe(mode);
  });

  it('a public post naming a person gets at least a notice, even below warnAt', () => {
    expect(decide(at('notice', ['name']), policy('warn', 'off', false, 'warn'), ctx('post', true)).panelMode).toBe(
      'notice',
    );
  });
});
