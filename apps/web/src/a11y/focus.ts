/** Elements that take keyboard focus without a tabindex. */
const NATIVELY_FOCUSABLE = 'a[href], button, input, select, textarea, summary, [contenteditable="true"]';

/**
 * Moves focus to an element such as a heading, a post or the main region. Elements that are
 * not focusable get `tabindex="-1"` only until they lose focus, so screen readers do not keep
 * calling a heading "clickable" and a mouse click on it draws no focus ring later.
 */
export function focusElement(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.matches(NATIVELY_FOCUSABLE) && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}
