import { useCallback, useState } from 'react';

// `public/display-settings.js` reads the same key before the first paint.
const CONTRAST_KEY = 'inclusieplein.contrast';
const CONTRAST_ATTRIBUTE = 'data-contrast';

function isHighContrastApplied(): boolean {
  return document.documentElement.getAttribute(CONTRAST_ATTRIBUTE) === 'high';
}

/** Switches the high-contrast theme on `<html>` and stores the choice for the next visit. */
export function applyHighContrast(on: boolean): void {
  if (on) {
    document.documentElement.setAttribute(CONTRAST_ATTRIBUTE, 'high');
  } else {
    document.documentElement.removeAttribute(CONTRAST_ATTRIBUTE);
  }
  try {
    window.localStorage.setItem(CONTRAST_KEY, on ? 'high' : 'default');
  } catch {
    // The choice then lasts only until the page reloads.
  }
}

/** Returns whether the high-contrast theme is on, and a function to switch it. */
export function useHighContrast(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(isHighContrastApplied);

  const change = useCallback((next: boolean) => {
    applyHighContrast(next);
    setOn(next);
  }, []);

  return [on, change];
}
