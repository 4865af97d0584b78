import type { SyntheticEvent } from 'react';

/** Room kept between a popup and the edge of the viewport, in CSS px. */
const MARGIN = 8;

/**
 * Shifts a popup that opened past either side of the viewport back inside it, by a
 * translate: a menu anchored to a button near the edge of a phone's screen (or, in a
 * right-to-left page, its start) would otherwise be cut off and scroll the page sideways.
 * Where it is wider than the viewport, its start edge is kept in.
 */
export function keepInView(popup: HTMLElement | null, rtl = false): void {
  if (!popup) return;
  popup.style.translate = '';
  const r = popup.getBoundingClientRect();
  const width = popup.ownerDocument.documentElement.clientWidth;
  let dx = 0;
  if (r.width > width - 2 * MARGIN) {
    // Too wide to fit: its start edge in view.
    dx = rtl ? Math.min(0, width - MARGIN - r.right) : Math.max(0, MARGIN - r.left);
  } else if (r.right > width - MARGIN) dx = width - MARGIN - r.right;
  else if (r.left < MARGIN) dx = MARGIN - r.left;
  if (dx !== 0) popup.style.translate = `${Math.round(dx)}px 0`;
}

/** onToggle for a <details> menu: its popup (what follows the summary) kept in view. */
export function keepOpenMenuInView(e: SyntheticEvent<HTMLDetailsElement>): void {
  const details = e.currentTarget;
  if (!details.open) return;
  const rtl = getComputedStyle(details).direction === 'rtl';
  keepInView(details.querySelector<HTMLElement>(':scope > :not(summary)'), rtl);
}
