import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';

const RouteFocusContext = createContext<RefObject<boolean> | null>(null);

/**
 * Marks every route change after the first page load, so the next page heading
 * that renders takes focus. Pages that load data render their heading later;
 * the mark waits for them.
 */
export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const focusPending = useRef(false);
  const firstKey = useRef(location.key);

  // A layout effect runs before the passive effects of the new page, so its heading finds the mark set.
  useLayoutEffect(() => {
    if (location.key !== firstKey.current) {
      focusPending.current = true;
    }
  }, [location.key]);

  return <RouteFocusContext.Provider value={focusPending}>{children}</RouteFocusContext.Provider>;
}

/**
 * Sets `document.title` to "<title> — Inclusieplein" and focuses the heading
 * when it is the first heading to render after a route change.
 */
export function useRouteHeading(title: string, heading: RefObject<HTMLHeadingElement | null>): void {
  const focusPending = useContext(RouteFocusContext);

  useEffect(() => {
    document.title = `${title} — Inclusieplein`;
  }, [title]);

  useEffect(() => {
    if (focusPending?.current && heading.current) {
      focusPending.current = false;
      heading.current.focus();
    }
  });
}
