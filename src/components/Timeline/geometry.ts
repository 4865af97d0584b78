import type { LaneGeometry } from '../../core';
import type { PaintGeometry } from './paint/paintTimeline';

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Label font; the measurer, the painter and the CSS of the controls must agree. */
export const LABEL_FONT = `13px ${FAMILY}`;
/** Tick label font, for measuring which fit (the axis CSS uses the same). */
export const TICK_FONT = `11.5px ${FAMILY}`;
/** The overview strip's tick labels (its CSS uses the same). */
export const OVERVIEW_TICK_FONT = `10px ${FAMILY}`;

/**
 * Rows are two lines of text high; on narrow screens rows are 44 px so every event is a
 * comfortable touch target. Labels wrap onto two lines of at most labelMax px.
 */
export function laneGeometry(width: number): LaneGeometry {
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

/** What the painter needs beside the layout, for these lanes. */
export const paintGeometry = (g: LaneGeometry): PaintGeometry => ({
  rowHeight: g.rowHeight,
  headerHeight: g.headerHeight,
  markWidth: g.markWidth,
  font: LABEL_FONT,
  lineHeight: 15,
  clusterFont: `600 12px ${FAMILY}`,
});
