/**
 * The caseload in storage.local (src/caseload/stored.ts: a key and tags, never a name): the
 * options page writes it, content scripts read and follow it. Deleting the list removes the
 * item, and with it the key: tags hashed with a key nobody has any more match nothing.
 */
import { parseStoredCaseload, toStored, type Caseload, type StoredCaseload } from '../caseload/stored';
import { defineItem } from './local-item';

export const caseloadItem = defineItem<StoredCaseload | null>('local:caseload', { fallback: null });

export async function loadCaseload(): Promise<Caseload | null> {
  return parseStoredCaseload(await caseloadItem.getValue());
}

export async function saveCaseload(caseload: Caseload): Promise<void> {
  await caseloadItem.setValue(toStored(caseload));
}

export async function deleteCaseload(): Promise<void> {
  await caseloadItem.setValue(null);
}

/** Calls back with the stored caseload (null: none or unusable) now and on every change, until `signal`. */
export function watchCaseload(callback: (caseload: Caseload | null) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let changed = false;
  const unwatch = caseloadItem.watch((value) => {
    changed = true;
    if (!signal.aborted) callback(parseStoredCaseload(value));
  });
  signal.addEventListener('abort', unwatch, { once: true });
  loadCaseload().then(
    (caseload) => {
      // A change that arrived while the first read was under way is newer: keep it.
      if (!changed && !signal.aborted) callback(caseload);
    },
    () => {
      if (!changed && !signal.aborted) callback(null);
    },
  );
}
