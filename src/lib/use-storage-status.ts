import { useCallback, useEffect, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from './storage';

export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const requestPersistence = useCallback(async () => {
    await requestPersistentStorage();
    await refresh();
  }, [refresh]);
  return { status, requestPersistence };
}
