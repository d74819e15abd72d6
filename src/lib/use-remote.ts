import { useCallback, useEffect, useRef, useState } from 'react';

export type Remote<T> = { data?: T; error?: unknown; loading: boolean; reload: () => void };

/**
 * Loads server data for an online screen (the back office): `key` says what to load (null: nothing yet);
 * a new key, or `reload()`, loads again, and an answer for an older key is dropped.
 */
export function useRemote<T>(key: string | null, load: () => Promise<T>): Remote<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown }>({ key: null });
  const [version, setVersion] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (key === null) return;
    let current = true;
    loader.current().then(
      (data) => current && setState({ key, data }),
      (error: unknown) => current && setState((s) => ({ key, data: s.key === key ? s.data : undefined, error })),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const fresh = state.key === key;
  return { data: fresh || state.data !== undefined ? state.data : undefined, error: fresh ? state.error : undefined, loading: key !== null && !fresh, reload };
}
