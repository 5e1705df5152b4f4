import { browser } from 'wxt/browser';
import type { MessageMap, MessageType } from './protocol';

/** Sends a typed message to the background and returns its typed answer. */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: MessageMap[T]['request'],
  runtime: { sendMessage(message: unknown): Promise<unknown> } = browser.runtime,
): Promise<MessageMap[T]['response']> {
  return (await runtime.sendMessage({ type, payload })) as MessageMap[T]['response'];
}
