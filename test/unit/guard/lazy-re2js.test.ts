import { describe, expect, it, vi } from 'vitest';
import { lazyStatics, RE2JS } from '../../../src/guard/lazy-re2js';

class Engine {
  static FLAG = 4;
  static make(this: typeof Engine, n: number) {
    return new this(n); // needs its class as `this`, as RE2JS.compile does
  }
  constructor(readonly n: number) {}
}

describe('lazyStatics', () => {
  it('loads nothing until the first property read, then loads once', () => {
    const load = vi.fn(() => Engine);
    const lazy = lazyStatics(load);
    expect(load).not.toHaveBeenCalled();
    expect(lazy.FLAG).toBe(4);
    expect(lazy.make(7)).toEqual(new Engine(7));
    expect(lazy.make(8)).toBeInstanceOf(Engine);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes a failing load on to the caller, where compilePattern reports it', () => {
    const lazy = lazyStatics<typeof Engine>(() => {
      throw new Error('no engine');
    });
    expect(() => lazy.FLAG).toThrow('no engine');
  });
});

describe('RE2JS through the stand-in', () => {
  const matches = (pattern: string, text: string) => {
    const matcher = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE).matcher(text);
    const found: string[] = [];
    while (matcher.find()) found.push(matcher.group() ?? '');
    return found;
  };

  it.each([
    ['AZ-\\d{4}/\\d{2}', 'Vorgang az-1234/25 und AZ-9999/26', ['az-1234/25', 'AZ-9999/26']],
    ['AZ-\\d{4}/\\d{2}', 'Vorgang az-1234/2', []], // near-miss: one digit short
  ])('compiles %j and matches case-insensitively in %j', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  it('refuses what RE2 refuses (a backreference)', () => {
    expect(() => RE2JS.compile('(a)\\1')).toThrow();
  });
});
