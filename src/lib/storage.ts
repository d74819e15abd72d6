// Thin wrapper over the StorageManager API: persistence (so the browser does not evict a field
// worker's unsent work under storage pressure) and the figures shown on the About screen.
export type StorageStatus = { persisted: boolean | null; usage: number | null; quota: number | null };

export async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage?.estimate) return { persisted: null, usage: null, quota: null };
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
