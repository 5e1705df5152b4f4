/**
 * Answers the popup's question "is the guard running on this tab?" (STATUS_QUERY) for as long as
 * this content script lives. The answer is given synchronously through sendResponse, which every
 * browser supports without a polyfill; it carries the site and whether it is active, no content.
 */
import { browser } from 'wxt/browser';
import { STATUS_QUERY, type GuardStatus } from '../messaging/protocol';

type StatusListener = (message: unknown, sender: unknown, sendResponse: (answer: GuardStatus) => void) => boolean;

export interface OnMessage {
  addListener(listener: StatusListener): void;
  removeListener(listener: StatusListener): void;
}

export function answerStatus(
  status: () => GuardStatus,
  signal: AbortSignal,
  onMessage: OnMessage = browser.runtime.onMessage as unknown as OnMessage,
): void {
  if (signal.aborted) return;
  const listener: StatusListener = (message, _sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== STATUS_QUERY) return false;
    sendResponse(status());
    return false;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}
