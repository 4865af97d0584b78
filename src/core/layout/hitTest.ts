import type { LaneBand, LaneGeometry } from './laneLayout';

export type Hit =
  { kind: 'event'; id: string } | { kind: 'cluster'; band: number; index: number } | null;

/**
 * What is drawn at (x, y) of the plot, from the layout itself. On touch screens the marks
 * take no pointer events (a finger that starts a pinch on a mark must not lose the gesture
 * when that mark is re-laid out), so taps are resolved here instead.
 */
export function hitTest(bands: readonly LaneBand[], g: LaneGeometry, x: number, y: number): Hit {
  const b = bands.findIndex((band) => y >= band.top && y < band.top + band.height);
  if (b < 0) return null;
  const band = bands[b]!;
  const row = Math.floor((y - band.top - g.headerHeight) / g.rowHeight);
  if (row < 0) return null;
  // The dot reaches half its width left of x.
  const placed = band.placed.find(
    (p) => p.row === row && x >= p.x - g.markWidth / 2 && x <= p.boxEnd,
  );
  if (placed) return { kind: 'event', id: placed.id };
  const index = band.clusters.findIndex((c) => c.row === row && x >= c.x && x <= c.boxEnd);
  return index >= 0 ? { kind: 'cluster', band: b, index } : null;
}
