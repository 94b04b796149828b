import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';
import { focusElement } from './focus';

/**
 * Focuses the page heading after a route change. When the element that had focus, such as the
 * followed link, left the page with the old route, Orca 43 moves its focus to the heading without
 * reading it. Focusing the main region first, and the heading in a later task, makes Orca read
 * the heading. test/screenreader checks this with Orca 43 and Chromium.
 */
/** Pause between focusing main and the heading. At 50 ms Orca 43 sometimes stayed silent, at 250 ms it read the heading in every run. */
const HEADING_FOCUS_DELAY_MS = 250;

function focusPageHeading(heading: HTMLElement): void {
  const main = heading.closest('main');
  if (!main || document.activeElement !== document.body) {
    focusElement(heading);
    return;
  }
  focusElement(main);
  window.setTimeout(() => {
    if (heading.isConnected) {
      focusElement(heading);
    }
  }, HEADING_FOCUS_DELAY_MS);
}

interface RouteFocusState {
  /** True from a route change until a page heading has taken focus. */
  focusPending: RefObject<boolean>;
  /** The heading of the page on screen now, if it has rendered. */
  currentHeading: RefObject<HTMLHeadingElement | null>;
}

const RouteFocusContext = createContext<RouteFocusState | null>(null);

/**
 * Marks every navigation after the first page load, so the next page heading
 * that renders takes focus. Pages that load data render their heading later, and
 * the mark waits for them. A link to the page already on screen renders no new
 * heading, so then the current heading takes focus. A change of only the `#hash`
 * is an in-page link, which moves focus itself and sets no mark.
 */
export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const focusPending = useRef(false);
  const currentHeading = useRef<HTMLHeadingElement | null>(null);
  const previous = useRef({ key: location.key, path: location.pathname + location.search });

  // A layout effect runs before the passive effects of the new page, so its heading finds the mark set.
  useLayoutEffect(() => {
    const path = location.pathname + location.search;
    const last = previous.current;
    previous.current = { key: location.key, path };
    if (location.key === last.key) {
      return;
    }
    const onlyHashChanged = path === last.path && location.hash !== '';
    if (!onlyHashChanged) {
      focusPending.current = true;
    }
  }, [location.key, location.pathname, location.search, location.hash]);

  // Passive effects of the provider run after those of the page, so a heading that took focus has cleared the mark.
  useEffect(() => {
    const heading = currentHeading.current;
    if (focusPending.current && heading?.isConnected) {
      focusPending.current = false;
      focusPageHeading(heading);
    }
  }, [location.key]);

  const value = useMemo(() => ({ focusPending, currentHeading }), []);
  return <RouteFocusContext.Provider value={value}>{children}</RouteFocusContext.Provider>;
}

/**
 * Sets `document.title` to "<title> — Inclusieplein" and focuses the heading
 * when it is the first heading to render after a route change.
 */
export function useRouteHeading(title: string, heading: RefObject<HTMLHeadingElement | null>): void {
  const state = useContext(RouteFocusContext);

  useEffect(() => {
    document.title = `${title} — Inclusieplein`;
  }, [title]);

  useEffect(() => {
    if (!state) {
      return undefined;
    }
    const element = heading.current;
    state.currentHeading.current = element;
    return () => {
      if (state.currentHeading.current === element) {
        state.currentHeading.current = null;
      }
    };
  }, [state, heading]);

  useEffect(() => {
    if (state?.focusPending.current && heading.current) {
      state.focusPending.current = false;
      focusPageHeading(heading.current);
    }
  });
}
