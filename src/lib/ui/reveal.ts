/** Share of the viewport height under which a panel's top counts as already in view. */
const IN_VIEW_TOP = 0.35;

/**
 * Brings a panel to where the eye and thumb are: scrolls its top into view unless it already sits
 * near the top of the screen, then moves focus to it so a screen reader reads it next.
 */
export function reveal(panel: HTMLElement): void {
  const top = panel.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * IN_VIEW_TOP) panel.scrollIntoView({ block: 'start' });
  panel.focus({ preventScroll: true });
}
