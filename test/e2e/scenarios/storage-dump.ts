/**
 * Everything the extension keeps: every storage area, and every IndexedDB database of its origin
 * with every stored value. Passed to `evaluate` in an extension context (Chromium's service
 * worker, a Firefox extension page), so it must be self-contained: no imports, no helpers
 * defined outside it.
 */
export async function dumpExtensionStorage(): Promise<Record<string, unknown>> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as {
    storage: Record<string, Area | undefined>;
  };
  const dump: Record<string, unknown> = {};
  for (const area of ['local', 'session', 'sync', 'managed']) {
    try {
      // Chromium sometimes holds a storage.managed read unanswered for a whole session: bound it.
      dump[area] = await Promise.race([
        api.storage[area]?.get(null),
        new Promise((resolve) => setTimeout(() => resolve('no answer in 5 s'), 5000)),
      ]);
    } catch (error) {
      // Firefox's managed area rejects when no policy is installed.
      dump[area] = String(error);
    }
  }
  const databases: Record<string, unknown> = {};
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores: Record<string, unknown> = {};
    for (const store of [...db.objectStoreNames]) {
      const request = db.transaction(store).objectStore(store).getAll();
      stores[store] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    }
    databases[info.name!] = stores;
    db.close();
  }
  dump.indexedDB = databases;
  return dump;
}
