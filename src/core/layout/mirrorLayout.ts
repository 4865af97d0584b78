import type { LaneBand, PlacedEvent, TimelineLayout } from './laneLayout';
import type { MarkGeometry } from './markGeometry';
import type { AxisTick } from './tickLabels';

/**
 * Time running right to left (Arabic, Hebrew): the layout is made as always, time forward
 * from the left, labels after their marks; this turns it about the view's middle, so the
 * earliest is on the right and each label sits after its mark in the reader's direction
 * (to its left, its text ending at the mark). Every renderer (the canvas painter, the DOM
 * controls, hit testing, the SVG image) then draws the mirrored layout as it draws any other.
 */
export function mirrorLayout(layout: TimelineLayout, markWidth: number): TimelineLayout {
  const w = layout.width;
  const m = (x: number) => w - x;
  const span = (s: readonly [number, number] | null) => (s ? ([m(s[1]), m(s[0])] as const) : null);
  const mark = (g: MarkGeometry): MarkGeometry => ({
    ...g,
    x0: m(g.x1),
    x1: m(g.x0),
    day: span(g.day),
    vagueStart: span(g.vagueStart),
    vagueEnd: span(g.vagueEnd),
    offLeft: g.offRight,
    offRight: g.offLeft,
  });
  // A box runs from its mark (less half a dot) to its label's end, or (label before the mark)
  // from the label's start to the mark's end (and half a dot past it): mirrored, each becomes
  // the other.
  const placed = (p: PlacedEvent): PlacedEvent => ({
    ...p,
    x: m(p.boxEnd) + (p.side === 'before' ? markWidth / 2 : 0),
    boxEnd: m(p.x) + (p.side === 'after' ? markWidth / 2 : 0),
    // Its text keeps its lines; it is set against the mark from the other side.
    side: p.side === 'after' ? 'before' : 'after',
    textX: m(p.textX + p.labelWidth),
    mark: mark(p.mark),
  });
  const band = (b: LaneBand): LaneBand => ({
    ...b,
    placed: b.placed.map(placed),
    clusters: b.clusters.map((c) => ({ ...c, x: m(c.boxEnd), boxEnd: m(c.x) })),
  });
  return { ...layout, bands: layout.bands.map(band) };
}

/** The axis turned the same way: each tick at its mirrored x, its label to the tick's left. */
export function mirrorTicks(ticks: readonly AxisTick[], width: number): AxisTick[] {
  return ticks.map((t) => ({ ...t, x: width - t.x }));
}
