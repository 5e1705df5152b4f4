/**
 * Stands in for `re2js` in the extension's bundles (wxt.config.ts routes every import of
 * 're2js' here, except this file's own). re2js is ~150 KB, 40 % of the guard's content script,
 * and only administrators' custom patterns need it (src/detect/custom-pattern.ts). Reached
 * through `require()`, the real module becomes a function the bundler calls on first use: at
 * page load V8 only pre-parses it, and runs it only when a policy has custom patterns. Same
 * engine, same linear-time guarantee, and no separate file a page could probe.
 * Node (tests, CLI, benchmarks) imports re2js directly; only the bundler sees this file.
 */
import type * as Re2js from 're2js';

declare const require: (id: 're2js') => typeof Re2js;

/** An object whose properties are read from `load()`, called once, on the first read. */
export function lazyStatics<T extends object>(load: () => T): T {
  let target: T | undefined;
  const real = () => (target ??= load());
  return new Proxy({} as T, {
    get(_, key) {
      const value: unknown = Reflect.get(real(), key);
      // Static methods keep their class as `this` (RE2JS.compile calls `new RE2JS`).
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real()) : value;
    },
  });
}

/** The static side of RE2JS (compile, the flags): all custom-pattern.ts uses. */
export const RE2JS = lazyStatics(() => require('re2js').RE2JS);
