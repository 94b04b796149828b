import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again and resolves with the new data, or `undefined` when the call failed. */
  reload: () => Promise<T | undefined>;
  setData: (data: T) => void;
}

/**
 * Loads data with `load` when the component mounts and whenever `deps` change.
 * Pass `null` as `load` to skip loading, for example while the person is not logged in.
 */
export function useApi<T>(load: (() => Promise<T>) | null, deps: DependencyList): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(load !== null);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const current = loadRef.current;
    if (!current) {
      setLoading(false);
      return undefined;
    }
    const ticket = ++generation.current;
    setLoading(true);
    try {
      const result = await current();
      if (ticket === generation.current) {
        setData(result);
        setError(undefined);
      }
      return result;
    } catch (caught) {
      if (ticket === generation.current) {
        setError(caught);
      }
      return undefined;
    } finally {
      if (ticket === generation.current) {
        setLoading(false);
      }
    }
  }, []);

  // Data of the previous `deps` stays visible while the new data loads. Routes that show a
  // different item per URL parameter remount their page instead, so no old item shows.
  useEffect(() => {
    void reload();
    // The caller lists what `load` depends on, as with useEffect.
  }, deps);

  return { data, error, loading, reload, setData };
}
