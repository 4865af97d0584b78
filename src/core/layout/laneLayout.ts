import type { Lane } from '../model/schema';
import type { TimelineEvent } from '../model/timeline';
import { stackLabels, type LabelCluster, type PlacedLabel } from './stackLabels';

/** Above this many events in view, a lane is drawn as counts per bin instead of labels. */
export const AGGREGATE_ABOVE = 150;

export interface LaneGeometry {
  readonly rowHeight: number;
  /** Height of the lane's name line above its rows. */
  readonly headerHeight: number;
  readonly maxRows: number;
  readonly gap: number;
  readonly markWidth: number;
  readonly minLabel: number;
  readonly clusterWidth: number;
}

export interface PlacedEvent extends PlacedLabel {
  readonly event: TimelineEvent;
  /** Where the mark's own span (the period or the range) ends, px. */
  readonly markEnd: number;
}

export interface LaneBand {
  readonly lane: Lane;
  readonly top: number;
  readonly height: number;
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly (LabelCluster & { readonly events: readonly TimelineEvent[] })[];
}

/**
 * Lays out each lane's visible events: x from the scale, labels stacked by stackLabels,
 * lanes stacked top to bottom. `measure` gives a label's width (injected: canvas in the
 * browser, an estimate in tests). The selected event is pinned so it is always labelled.
 */
export function layoutLanes(
  lanes: readonly Lane[],
  events: readonly TimelineEvent[],
  x: (t: number) => number,
  measure: (text: string) => number,
  g: LaneGeometry,
  selectedId: string | null,
  width = Infinity,
): { bands: LaneBand[]; height: number } {
  const byLane = new Map<string, TimelineEvent[]>(lanes.map((l) => [l.id, []]));
  for (const e of events) byLane.get(e.lane)?.push(e);
  const pinned = new Set(selectedId ? [selectedId] : []);
  let top = 0;
  const bands: LaneBand[] = [];
  for (const lane of lanes) {
    const list = byLane.get(lane.id) ?? [];
    if (list.length > AGGREGATE_ABOVE) {
      const height = g.headerHeight + g.rowHeight;
      bands.push({ lane, top, height, placed: [], clusters: aggregate(list, x, g, width) });
      top += height;
      continue;
    }
    const byId = new Map(list.map((e) => [e.id, e]));
    // An event that began left of the window keeps its label in view, at the left edge.
    const items = list.map((e) => {
      const x0 = x(e.t0);
      const x1 = Math.max(x0, x(e.t1));
      return { id: e.id, x: x0 < 0 && x1 > 0 ? 0 : x0, end: x1, width: measure(e.title) };
    });
    const layout = stackLabels(items, { ...g, pinned, maxX: width });
    const markEnd = new Map(items.map((i) => [i.id, i.end]));
    const rows = Math.max(1, layout.rows);
    const height = g.headerHeight + rows * g.rowHeight;
    bands.push({
      lane,
      top,
      height,
      placed: layout.placed.map((p) => ({
        ...p,
        event: byId.get(p.id)!,
        markEnd: markEnd.get(p.id)!,
      })),
      clusters: layout.clusters.map((c) => ({ ...c, events: c.ids.map((id) => byId.get(id)!) })),
    });
    top += height;
  }
  return { bands, height: top };
}

/**
 * A dense lane as counts: events binned by x into badges of clusterWidth, in one row, so the
 * cost of drawing is bounded by the width, not the number of events. Zooming in spreads
 * them out until each lane drops below AGGREGATE_ABOVE and gets labels again.
 */
function aggregate(
  events: readonly TimelineEvent[],
  x: (t: number) => number,
  g: LaneGeometry,
  width: number,
): LaneBand['clusters'] {
  const step = g.clusterWidth + g.gap;
  const right = Math.max(0, (Number.isFinite(width) ? width : 4096) - g.clusterWidth);
  const bins: TimelineEvent[][] = [];
  for (const e of events) {
    const px = Math.min(Math.max(x(e.t0), 0), right);
    (bins[Math.floor(px / step)] ??= []).push(e);
  }
  const out: LaneBand['clusters'][number][] = [];
  bins.forEach((list, bin) => {
    if (list)
      out.push({
        ids: list.map((e) => e.id),
        events: list,
        x: bin * step,
        boxEnd: bin * step + g.clusterWidth,
        row: 0,
      });
  });
  return out;
}
