/**
 * A storage.local item with the part of WXT's storage.defineItem API the settings use
 * (getValue, setValue, watch; same key syntax and fallback rules). WXT's defineItem reads
 * every item from storage the moment it is defined (to run `init`, which we never use), so the
 * content script paid one storage round trip per item on every page load and carried
 * @wxt-dev/storage with it; this reads only when asked.
 */
import { browser } from 'wxt/browser';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  onChanged: {
    addListener(listener: (changes: Changes) => void): void;
    removeListener(listener: (changes: Changes) => void): void;
  };
}

export interface LocalItem<T> {
  readonly key: string;
  readonly fallback: T;
  /** The stored value, or the fallback when nothing (or null) is stored. */
  getValue(): Promise<T>;
  /** null or undefined removes the value, as in WXT. */
  setValue(value: T | null | undefined): Promise<void>;
  /** Called on every real change (new ≠ old), with the fallback for a removed value. */
  watch(callback: (newValue: T, oldValue: T) => void): () => void;
}

/** `key` is 'local:name', as for WXT's storage.defineItem; only the local area is needed. */
export function defineItem<T>(
  key: `local:${string}`,
  options: { fallback: T },
  area: () => Area = () => browser.storage.local as unknown as Area,
): LocalItem<T> {
  const name = key.slice('local:'.length);
  const { fallback } = options;
  return {
    key,
    fallback,
    async getValue() {
      return ((await area().get(name))[name] as T | null | undefined) ?? fallback;
    },
    async setValue(value) {
      if (value == null) await area().remove(name);
      else await area().set({ [name]: value });
    },
    watch(callback) {
      const listener = (changes: Changes) => {
        const change = changes[name];
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback((change.newValue as T | undefined) ?? fallback, (change.oldValue as T | undefined) ?? fallback);
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
}
