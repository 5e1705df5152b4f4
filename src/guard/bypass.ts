/**
 * The one-shot pass for our own re-send after a confirmed acknowledgement: armed for one
 * editor right before we click the site's send control, consumed by the next intercepted
 * send event (whichever it is), and disarmed right after the synchronous click returns, so
 * it can never linger and let a later, different draft through.
 */
export interface Bypass {
  arm(editor: Element): void;
  /** True once if armed for this editor; any call disarms. */
  consume(editor: Element | null): boolean;
  disarm(): void;
  readonly armed: boolean;
}

export function createBypass(): Bypass {
  let armedFor: Element | null = null;
  return {
    arm(editor) {
      armedFor = editor;
    },
    consume(editor) {
      const ok = armedFor !== null && armedFor === editor;
      armedFor = null;
      return ok;
    },
    disarm() {
      armedFor = null;
    },
    get armed() {
      return armedFor !== null;
    },
  };
}
