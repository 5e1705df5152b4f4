import { describe, expect, it } from 'vitest';
import { earlyListeners, installEarlyListeners } from '../../../src/guard/early-listeners';

describe('early listeners (document_start) and the guard attaching later', () => {
  it('relays capture-phase window events to listeners attached later, until their signal aborts', () => {
    const scope = {};
    const life = new AbortController();
    installEarlyListeners(window, life.signal, scope);
    const relay = earlyListeners(scope);
    expect(relay).not.toBeNull();
    const seen: string[] = [];
    const guard = new AbortController();
    relay!.addEventListener('keydown', (event) => seen.push((event as KeyboardEvent).key), { signal: guard.signal });
    relay!.addEventListener('click', (event) => seen.push(event.type), { signal: guard.signal });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual(['Enter', 'click']);
    guard.abort();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).toEqual(['Enter', 'click']);
    life.abort();
  });

  it('a listener can stop the event before the page sees it (capture phase on window)', () => {
    const scope = {};
    const life = new AbortController();
    installEarlyListeners(window, life.signal, scope);
    earlyListeners(scope)!.addEventListener('keydown', (event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    });
    let pageSaw = false;
    document.body.addEventListener('keydown', () => (pageSaw = true));
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(pageSaw).toBe(false);
    life.abort();
  });

  it('is gone when the early script is invalidated (extension update): no relay, no window listener', () => {
    const scope = {};
    const life = new AbortController();
    const relay = installEarlyListeners(window, life.signal, scope);
    let calls = 0;
    relay.addEventListener('keydown', () => (calls += 1));
    life.abort();
    expect(earlyListeners(scope)).toBeNull();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(calls).toBe(0);
  });

  it('without an early script there is no relay (the guard then listens on window itself)', () => {
    expect(earlyListeners({})).toBeNull();
    expect(earlyListeners({ __vertraulichEarlyListeners: 'junk' })).toBeNull();
  });
});
