import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScanScheduler, type SchedulerClock } from '../../../src/guard/scan-scheduler';

const timerClock = (): SchedulerClock => ({
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
});

describe('createScanScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, about 150 ms after the last change, not per keystroke', () => {
    const run = vi.fn();
    const scheduler = createScanScheduler(run, { clock: timerClock() });
    for (let i = 0; i < 10; i += 1) {
      scheduler.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    // 100 ms of the last pause have passed; 49 more are still not 150.
    vi.advanceTimersByTime(49);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1); // pause over → idle fallback (a 0 ms timeout)
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for idle time when requestIdleCallback exists, with a timeout', () => {
    const run = vi.fn();
    const idle: Array<{ cb: () => void; timeout?: number }> = [];
    const clock: SchedulerClock = {
      ...timerClock(),
      requestIdleCallback: (cb, o) => idle.push({ cb, timeout: o?.timeout }),
      cancelIdleCallback: vi.fn(),
    };
    const scheduler = createScanScheduler(run, { clock, idleTimeout: 300 });
    scheduler.schedule();
    vi.advanceTimersByTime(150);
    expect(run).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    expect(idle[0]!.timeout).toBe(300);
    idle[0]!.cb();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending scan at once; nothing pending → nothing', () => {
    const run = vi.fn();
    const scheduler = createScanScheduler(run, { clock: timerClock() });
    scheduler.flush();
    expect(run).not.toHaveBeenCalled();
    scheduler.schedule();
    expect(scheduler.pending).toBe(true);
    scheduler.flush();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stops for good when the signal aborts, and survives a throwing run', () => {
    const controller = new AbortController();
    const run = vi.fn(() => {
      throw new Error('x');
    });
    const scheduler = createScanScheduler(run, { clock: timerClock(), signal: controller.signal });
    scheduler.schedule();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.schedule();
    controller.abort();
    vi.advanceTimersByTime(1000);
    scheduler.schedule();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
