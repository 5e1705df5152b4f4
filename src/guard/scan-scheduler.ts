/**
 * Runs a scan about `delay` ms after the last change, then in idle time, so typing never
 * waits for detection. Each new change restarts the pause. Timers die with the signal.
 */

export interface SchedulerClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Absent in Safari and some test environments: then a zero timeout stands in. */
  requestIdleCallback?(callback: () => void, options?: { timeout: number }): unknown;
  cancelIdleCallback?(handle: unknown): void;
}

export interface ScanScheduler {
  /** A change happened: (re)start the pause. */
  schedule(): void;
  /** Run now if something is pending (e.g. before a send decision). */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export interface SchedulerOptions {
  delay?: number;
  /** Longest wait for idle time before the scan runs anyway. */
  idleTimeout?: number;
  signal?: AbortSignal;
  clock?: SchedulerClock;
}

export function createScanScheduler(run: () => void, options: SchedulerOptions = {}): ScanScheduler {
  const { delay = 150, idleTimeout = 300, signal } = options;
  const clock = options.clock ?? defaultClock();
  let timer: unknown = null;
  let idle: unknown = null;
  let usesIdle = false;

  const cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    if (idle !== null) {
      if (usesIdle) clock.cancelIdleCallback?.(idle);
      else clock.clearTimeout(idle);
    }
    timer = null;
    idle = null;
  };

  const execute = () => {
    cancel();
    if (signal?.aborted) return;
    try {
      run();
    } catch {
      // run() reports its own failures; a throw must not kill future scans.
    }
  };

  const toIdle = () => {
    timer = null;
    if (signal?.aborted) return;
    if (clock.requestIdleCallback) {
      usesIdle = true;
      idle = clock.requestIdleCallback(execute, { timeout: idleTimeout });
    } else {
      usesIdle = false;
      idle = clock.setTimeout(execute, 0);
    }
  };

  signal?.addEventListener('abort', cancel, { once: true });

  return {
    schedule() {
      if (signal?.aborted) return;
      cancel();
      timer = clock.setTimeout(toIdle, delay);
    },
    flush() {
      if (timer !== null || idle !== null) execute();
    },
    cancel,
    get pending() {
      return timer !== null || idle !== null;
    },
  };
}

function defaultClock(): SchedulerClock {
  const g = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (h: number) => void;
  };
  const clock: SchedulerClock = {
    setTimeout: (cb, ms) => g.setTimeout(cb, ms),
    clearTimeout: (h) => g.clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  if (typeof g.requestIdleCallback === 'function' && typeof g.cancelIdleCallback === 'function') {
    const ric = g.requestIdleCallback.bind(g);
    const cic = g.cancelIdleCallback.bind(g);
    clock.requestIdleCallback = (cb, o) => ric(cb, o);
    clock.cancelIdleCallback = (h) => cic(h as number);
  }
  return clock;
}
