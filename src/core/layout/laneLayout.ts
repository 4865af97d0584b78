import type { Lane } from '../model/schema';
import type { TimelineEvent } from '../model/timeline';
import { stackLabels, type LabelCluster, type PlacedLabel } from './stackLabels';

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
): { bands: LaneBand[]; height: number } {
  const byLane = new Map<string, TimelineEvent[]>(lanes.map((l) => [l.id, []]));
  for (const e of events) byLane.get(e.lane)?.push(e);
  const pinned = new Set(selectedId ? [selectedId] : []);
  let top = 0;
  const bands: LaneBand[] = [];
  for (const lane of lanes) {
    const list = byLane.get(lane.id) ?? [];
    const byId = new Map(list.map((e) => [e.id, e]));
    // An event that began left of the window keeps its label in view, at the left edge.
    const items = list.map((e) => {
      const x0 = x(e.t0);
      const x1 = Math.max(x0, x(e.t1));
      return { id: e.id, x: x0 < 0 && x1 > 0 ? 0 : x0, end: x1, width: measure(e.title) };
    });
    const layout = stackLabels(items, { ...g, pinned });
    const markEnd = new Map(items.map((i) => [i.id, i.end]));
    const rows = Math.max(1, layout.rows);
    const height = g.headerHeight + rows * g.rowHeight;
    bands.push({
      lane,
      top,
      height,
      placed: layout.placed.map((p) => ({ ...p, event: byId.get(p.id)!, markEnd: markEnd.get(p.id)! })),
      clusters: layout.clusters.map((c) => ({ ...c, events: c.ids.map((id) => byId.get(id)!) })),
    });
    top += height;
  }
  return { bands, height: top };
}
