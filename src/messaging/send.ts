import { browser } from 'wxt/browser';
import { SITE_IDS } from '../sites/types';
import { STATUS_QUERY, type GuardStatus, type MessageMap, type MessageType } from './protocol';

/** Sends a typed message to the background and returns its typed answer. */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: MessageMap[T]['request'],
  runtime: { sendMessage(message: unknown): Promise<unknown> } = browser.runtime,
): Promise<MessageMap[T]['response']> {
  return (await runtime.sendMessage({ type, payload })) as MessageMap[T]['response'];
}

/** How long the popup waits for a content script that is busy or gone (ms). */
const STATUS_TIMEOUT_MS = 800;

/**
 * Asks the content script of a tab for the guard's status (see status-responder.ts). Undefined
 * when nothing answers in time or the answer is not a status: no guard runs in that tab.
 */
export async function askTabStatus(
  tabId: number,
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } = browser.tabs,
  timeoutMs = STATUS_TIMEOUT_MS,
): Promise<GuardStatus | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, timeoutMs, undefined)));
  const answer = Promise.resolve()
    .then(() => tabs.sendMessage(tabId, { type: STATUS_QUERY, payload: {} }))
    .then(validStatus)
    .catch(() => undefined); // no content script in this tab
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function validStatus(reply: unknown): GuardStatus | undefined {
  const { site, active } = (reply ?? {}) as Partial<GuardStatus>;
  if (typeof active !== 'boolean' || !(SITE_IDS as readonly unknown[]).includes(site)) return undefined;
  return { site: site!, active };
}
