import { describe, expect, it } from 'vitest';
import type { Assessment, Severity } from '../../../src/detect/types';
import { decideSend } from '../../../src/guard/send-decision';
import type { Threshold } from '../../../src/policy/types';

const at = (severity: Severity, failed?: string[]): Assessment => ({
  severity,
  findings: [],
  ...(failed ? { failed } : {}),
});
const policy = (acknowledgeAt: Threshold = 'warn', blockAt: Threshold = 'off', monitorOnly = false) => ({
  acknowledgeAt,
  blockAt,
  monitorOnly,
});

describe('decideSend', () => {
  it.each([
    // severity, acknowledgeAt, blockAt, monitorOnly, expected action
    ['none', 'warn', 'off', false, 'send'],
    ['notice', 'warn', 'off', false, 'send'],
    ['warn', 'warn', 'off', false, 'acknowledge'],
    ['high', 'warn', 'off', false, 'acknowledge'],
    ['warn', 'high', 'off', false, 'send'],
    ['notice', 'notice', 'off', false, 'acknowledge'],
    ['high', 'off', 'off', false, 'send'],
    ['high', 'warn', 'high', false, 'block'],
    ['warn', 'warn', 'high', false, 'acknowledge'],
    // Block without acknowledgement configured still blocks.
    ['high', 'off', 'high', false, 'block'],
    ['high', 'warn', 'high', true, 'monitor'],
    ['warn', 'warn', 'off', true, 'monitor'],
    ['none', 'warn', 'off', true, 'send'],
  ] as const)('%s with ack %s, block %s, monitorOnly %s → %s', (severity, ack, block, monitor, action) => {
    expect(decideSend(at(severity), policy(ack, block, monitor)).action).toBe(action);
  });

  it('a failed check is never a silent send', () => {
    expect(decideSend(null, policy())).toEqual({ action: 'acknowledge', checkFailed: true });
    expect(decideSend(at('none', ['iban']), policy())).toEqual({ action: 'acknowledge', checkFailed: true });
    // Even with acknowledgement switched off.
    expect(decideSend(at('none', ['iban']), policy('off')).action).toBe('acknowledge');
    // An empty failed list is a complete check.
    expect(decideSend(at('none', []), policy()).action).toBe('send');
    // monitorOnly still never interrupts, but records.
    expect(decideSend(null, policy('warn', 'off', true))).toEqual({ action: 'monitor', checkFailed: true });
  });
});
