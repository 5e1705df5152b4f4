/**
 * What a shared end-to-end scenario may ask of a browser: the same few operations in Chromium
 * (playwright-core, test/e2e/scenarios/chromium-driver.ts) and Firefox (puppeteer-core over
 * WebDriver BiDi, test/e2e/firefox/driver.ts). Input goes through the browser's own input
 * pipeline, so clicks and keys are trusted events, as a user's are.
 *
 * Selectors are CSS; `host >>> inner` reaches into an element's open shadow root (our panel and
 * dialog live in shadow roots outside the site's editor).
 */
export type Key = 'Enter' | 'Escape' | 'Shift+Enter';

export interface DriverPage {
  /** Waits for the first element matching `selector`, then clicks it with a trusted click. */
  click(selector: string): Promise<void>;
  /** Types into the focused element, key by key. */
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Runs `fn(arg)` in the page (arguments and result are serialised). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Uncaught errors the page reported so far. */
  errors(): string[];
  close(): Promise<void>;
}

export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  /** A new tab on a fixture site at its real URL, once the editor and the guard are there. */
  openSite(url: string): Promise<DriverPage>;
  /** Every log record the background stored (all day buckets). */
  records(): Promise<Array<Record<string, unknown>>>;
  /** Every extension storage area and the extension's IndexedDB database names, for canary checks. */
  storageDump(): Promise<Record<string, unknown>>;
  /** What the popup asks: every tab's answer to the status query (tabs without a guard answer nothing). */
  tabStatuses(): Promise<unknown[]>;
}
