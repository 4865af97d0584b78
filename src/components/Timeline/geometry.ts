import type { LaneGeometry } from '../../core';

/** Label font; the measurer and the CSS must agree. */
export const LABEL_FONT =
  '13px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/**
 * Rows are two lines of text high; on narrow screens rows are 44 px so every event is a
 * comfortable touch target. Labels wrap onto two lines, so a label's box is about half
 * its one-line width.
 */
export function laneGeometry(width: number): LaneGeometry & { labelMax: number } {
  const narrow = width < 640;
  return {
    rowHeight: narrow ? 44 : 38,
    headerHeight: 22,
    maxRows: narrow ? 8 : 12,
    gap: 6,
    markWidth: 14,
    minLabel: narrow ? 88 : 72,
    clusterWidth: 44,
    labelMax: narrow ? 150 : 210,
  };
}

/** A label's box width when it may wrap onto two lines of at most labelMax px. */
export const twoLineWidth = (oneLine: number, labelMax: number) =>
  oneLine <= labelMax ? oneLine : Math.min(labelMax, Math.ceil(oneLine / 2) + 24);
