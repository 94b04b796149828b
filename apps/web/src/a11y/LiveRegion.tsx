import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const LiveRegionContext = createContext<Announce>(() => undefined);

/**
 * Provides `announce()`, which reads a message to screen reader users through one
 * polite live region, so announcements never interrupt what they are reading.
 */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback<Announce>((next) => {
    // Clearing first makes screen readers read a message again when the same text repeats.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 100);
  }, []);

  const value = useMemo(() => announce, [announce]);

  return (
    <LiveRegionContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {message}
      </div>
    </LiveRegionContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(LiveRegionContext);
}
