import { browser, type Browser } from 'wxt/browser';
import type { MessageMap, MessageType } from './protocol';

export type Handlers = {
  [T in MessageType]?: (
    payload: MessageMap[T]['request'],
    sender: Browser.runtime.MessageSender,
  ) => Promise<MessageMap[T]['response']>;
};

/**
 * Registers typed handlers for runtime messages in the background. Unknown types are left to
 * other listeners. Each message type has exactly one handler; register once at start-up.
 */
export function handleMessages(handlers: Handlers, runtime = browser.runtime): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !(type in handlers)) return undefined;
    const handler = handlers[type as MessageType] as
      ((payload: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>) | undefined;
    return handler?.(payload, sender);
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
