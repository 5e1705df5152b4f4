import { describe, expect, it, vi } from 'vitest';
import { STATUS_QUERY, type GuardStatus } from '../../../src/messaging/protocol';
import { answerStatus, type OnMessage } from '../../../src/guard/status-responder';

type Listener = Parameters<OnMessage['addListener']>[0];

function fakeOnMessage() {
  const listeners = new Set<Listener>();
  const onMessage: OnMessage = {
    addListener: (l) => void listeners.add(l),
    removeListener: (l) => void listeners.delete(l),
  };
  /** Delivers a message as the browser would; returns the answers given through sendResponse. */
  const deliver = (message: unknown) => {
    const answers: GuardStatus[] = [];
    for (const l of listeners) l(message, {}, (answer) => answers.push(answer));
    return answers;
  };
  return { onMessage, listeners, deliver };
}

describe('answerStatus', () => {
  it('answers the popup’s status query with the live status, synchronously', () => {
    const { onMessage, deliver } = fakeOnMessage();
    let active = true;
    answerStatus(() => ({ site: 'whatsapp', active }), new AbortController().signal, onMessage);
    expect(deliver({ type: STATUS_QUERY, payload: {} })).toEqual([{ site: 'whatsapp', active: true }]);
    active = false;
    expect(deliver({ type: STATUS_QUERY, payload: {} })).toEqual([{ site: 'whatsapp', active: false }]);
  });

  it.each([null, undefined, 'status', {}, { type: 'content→background:record' }])(
    'leaves other messages alone (%j)',
    (message) => {
      const { onMessage, deliver } = fakeOnMessage();
      const status = vi.fn(() => ({ site: 'facebook' as const, active: true }));
      answerStatus(status, new AbortController().signal, onMessage);
      expect(deliver(message)).toEqual([]);
      expect(status).not.toHaveBeenCalled();
    },
  );

  it('stops answering when the content script’s context ends (update, reload)', () => {
    const { onMessage, listeners, deliver } = fakeOnMessage();
    const life = new AbortController();
    answerStatus(() => ({ site: 'messenger', active: true }), life.signal, onMessage);
    life.abort();
    expect(listeners.size).toBe(0);
    expect(deliver({ type: STATUS_QUERY, payload: {} })).toEqual([]);
    answerStatus(() => ({ site: 'messenger', active: true }), life.signal, onMessage);
    expect(listeners.size).toBe(0);
  });
});
