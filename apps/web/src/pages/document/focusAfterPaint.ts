import { focusElement } from '../../a11y/focus';

/**
 * Time that the new form fields get before focus moves. Chromium 156 reports the selected option
 * of each new `select` together with the next focus change, and Orca 43.1 then sometimes moves its
 * own focus to that option and reads "Kies een soort" in place of the focused heading. With this
 * wait, Orca read the heading last in each of 4 runs of test/screenreader/documents.test.ts, and
 * without it Orca did not read the heading in 2 of 4 runs.
 * NOTE: a measured workaround for that Chromium and Orca pair, not a guarantee.
 */
const SETTLE_MS = 300;

/**
 * Moves focus to an element once the browser has drawn the next frame and new form fields have
 * been reported to screen readers, and returns a function that cancels the move. Use it when the
 * same change adds `select` fields to the page. The move is skipped when the person has put focus
 * somewhere else in the meantime, such as in a field or on an error summary.
 */
export function focusAfterPaint(element: () => HTMLElement | null | undefined): () => void {
  const focusedBefore = document.activeElement;
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      const focusedNow = document.activeElement;
      const movedElsewhere = focusedNow !== null && focusedNow !== document.body && focusedNow !== focusedBefore;
      if (!movedElsewhere) focusElement(element());
    }, SETTLE_MS);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
