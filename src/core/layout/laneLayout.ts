import type { Lane } from '../model/schema';
import type { TimelineEvent } from '../model/timeline';
import { firstStartingAt, type LaneEvents } from '../query/laneIndex';
import { markGeometry, type MarkGeometry } from './markGeometry';
import { stackLabels, type LabelCluster, type PlacedLabel } from './stackLabels';
import type { WrappedLabel } from './wrapLabel';

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
  /** The widest a label's lines may be, px. */
  readonly labelMax: number;
}

/**
 * Where an instant falls on the axis, px. With `invert` (a linear axis gives one), dense
 * lanes are binned by binary search instead of event by event.
 */
export type AxisX = ((t: number) => number) & { readonly invert?: (px: number) => number };

/** Lays a label's text out in lines no wider than a width (wrapLabel, usually memoized). */
export type WrapLabel = (text: string, width: number) => WrappedLabel;

export interface PlacedEvent extends PlacedLabel {
  readonly event: TimelineEvent;
  /** The event's mark: its shape and its extent along the axis. */
  readonly mark: MarkGeometry;
  /** The label as drawn, in lines (elided with "…" where it had to be). */
  readonly lines: readonly string[];
}

export interface LaneBand {
  readonly lane: Lane;
  /** The lane's position in the data, which picks its palette colour. */
  readonly index: number;
  readonly top: number;
  readonly height: number;
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly LaneCluster[];
}

/** A "+N" badge: the events it stands for, and where it sits. */
export type LaneCluster = Omit<LabelCluster, 'ids'> & { readonly events: readonly TimelineEvent[] };

/** What the timeline draws, laid out: one band per lane, top to bottom. */
export interface TimelineLayout {
  readonly bands: readonly LaneBand[];
  readonly height: number;
  readonly width: number;
}

/**
 * Lays out each lane's visible events: marks from the scale `x`, labels wrapped by `wrap`
 * and stacked by stackLabels, lanes stacked top to bottom. Pure: the text measurement is
 * injected (canvas in the browser, an estimate in tests), and both renderers, the canvas
 * painter and the DOM of focusable controls, read what this returns. The selected event is
 * pinned so it is always labelled.
 */
export function layoutLanes(
  lanes: readonly Lane[],
  /** The events in view, in time order: a list, or already each lane's (createLaneIndex). */
  events: readonly TimelineEvent[] | LaneEvents,
  x: AxisX,
  wrap: WrapLabel,
  g: LaneGeometry,
  selectedId: string | null,
  width = Infinity,
  /** The lanes a reader filtered to (null: all): the others are not drawn, not even empty. */
  only: ReadonlySet<string> | null = null,
): TimelineLayout {
  const byLane = isLaneEvents(events) ? events : groupByLane(lanes, events);
  const pinned = new Set(selectedId ? [selectedId] : []);
  let top = 0;
  const bands: LaneBand[] = [];
  lanes.forEach((lane, index) => {
    // `index` stays the lane's place in the data: its colour does not change with a filter.
    if (only && !only.has(lane.id)) return;
    const list = byLane.get(lane.id) ?? [];
    if (list.length > AGGREGATE_ABOVE) {
      const height = g.headerHeight + g.rowHeight;
      bands.push({
        lane,
        index,
        top,
        height,
        placed: [],
        clusters: aggregate(list, x, g, width),
      });
      top += height;
      return;
    }
    const byId = new Map<string, { e: TimelineEvent; mark: MarkGeometry; full: WrappedLabel }>();
    const items = list.map((e) => {
      const mark = markGeometry(e, x, width);
      const full = wrap(e.title, g.labelMax);
      byId.set(e.id, { e, mark, full });
      // The label hangs off the mark's start; its box reaches the mark's end (or its day's).
      return { id: e.id, x: mark.x0, end: mark.day ? mark.day[1] : mark.x1, width: full.width };
    });
    const layout = stackLabels(items, { ...g, pinned, maxX: width });
    const rows = Math.max(1, layout.rows);
    const height = g.headerHeight + rows * g.rowHeight;
    bands.push({
      lane,
      index,
      top,
      height,
      placed: layout.placed.map((p) => {
        const { e, mark, full } = byId.get(p.id)!;
        const lines = p.labelWidth < full.width ? wrap(e.title, p.labelWidth).lines : full.lines;
        return { ...p, event: e, mark, lines };
      }),
      clusters: layout.clusters.map(({ ids, ...c }) => ({
        ...c,
        events: ids.map((id) => byId.get(id)!.e),
      })),
    });
    top += height;
  });
  return { bands, height: top, width };
}

const isLaneEvents = (e: readonly TimelineEvent[] | LaneEvents): e is LaneEvents =>
  e instanceof Map;

function groupByLane(lanes: readonly Lane[], events: readonly TimelineEvent[]): LaneEvents {
  const byLane = new Map<string, TimelineEvent[]>(lanes.map((l) => [l.id, []]));
  for (const e of events) byLane.get(e.lane)?.push(e);
  return byLane;
}

/**
 * A dense lane as counts: events binned by x into badges of clusterWidth, in one row, so the
 * cost of drawing is bounded by the width, not the number of events. Zooming in spreads
 * them out until each lane drops below AGGREGATE_ABOVE and gets labels again. This runs on
 * every zoom frame over every event in view (100,000 zoomed out): the events are in time
 * order, so each bin is a run of them, cut out once (no per-event allocation).
 */
function aggregate(
  events: readonly TimelineEvent[],
  x: AxisX,
  g: LaneGeometry,
  width: number,
): LaneCluster[] {
  const step = g.clusterWidth + g.gap;
  const right = Math.max(0, (Number.isFinite(width) ? width : 4096) - g.clusterWidth);
  const out: LaneCluster[] = [];
  // Bin k's badge, for the run events[from, to).
  const badge = (k: number, from: number, to: number) =>
    out.push({
      events: events.slice(from, to),
      x: k * step,
      boxEnd: k * step + g.clusterWidth,
      row: 0,
    });
  const { invert } = x;
  if (invert) {
    // Bin k holds the events whose x (held within [0, right]) is in [k·step, (k+1)·step):
    // its run ends at the first event starting at or after the instant of the next edge.
    const last = Math.floor(right / step);
    let from = 0;
    for (let k = 0; k <= last && from < events.length; k++) {
      const to = k === last ? events.length : firstStartingAt(events, invert((k + 1) * step), from);
      if (to > from) badge(k, from, to);
      from = to;
    }
    return out;
  }
  let from = 0;
  let bin = -1;
  const close = (to: number) => {
    if (to > from) badge(bin, from, to);
    from = to;
  };
  for (let i = 0; i < events.length; i++) {
    const b = Math.floor(Math.min(Math.max(x(events[i]!.t0), 0), right) / step);
    if (b !== bin) {
      close(i);
      bin = b;
    }
  }
  close(events.length);
  return out;
}
