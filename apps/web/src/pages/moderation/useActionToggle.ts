import { useCallback, useRef, useState } from 'react';

export interface ActionToggle<A extends string> {
  /** The action whose form is open, or null. */
  open: A | null;
  /** Opens the form of `action`, remembering `opener` to take focus back when it closes. */
  start: (action: A, opener: HTMLElement | null) => void;
  /** Closes the form and returns focus to the button that opened it. */
  cancel: () => void;
  /** Closes the form without moving focus, for a caller that focuses the result itself. */
  finish: () => void;
}

/** State of a row of action buttons where each opens its own confirm form below the row. */
export function useActionToggle<A extends string>(): ActionToggle<A> {
  const [open, setOpen] = useState<A | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const start = useCallback((action: A, button: HTMLElement | null) => {
    opener.current = button;
    setOpen(action);
  }, []);

  const cancel = useCallback(() => {
    setOpen(null);
    const button = opener.current;
    // The button stays on the page while its form is open, so it can take focus straight away.
    window.setTimeout(() => button?.focus(), 0);
  }, []);

  const finish = useCallback(() => setOpen(null), []);

  return { open, start, cancel, finish };
}
