import type { Lane } from '../model/schema';
import type { TimelineEvent } from '../model/timeline';
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
  readonly clusters: readonly (LabelCluster & { readonly events: readonly TimelineEvent[] })[];
}

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
  events: readonly TimelineEvent[],
  x: (t: number) => number,
  wrap: WrapLabel,
  g: LaneGeometry,
  selectedId: string | null,
  width = Infinity,
): TimelineLayout {
  const byLane = new Map<string, TimelineEvent[]>(lanes.map((l) => [l.id, []]));
  for (const e of events) byLane.get(e.lane)?.push(e);
  const pinned = new Set(selectedId ? [selectedId] : []);
  let top = 0;
  const bands: LaneBand[] = [];
  lanes.forEach((lane, index) => {
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
      clusters: layout.clusters.map((c) => ({
        ...c,
        events: c.ids.map((id) => byId.get(id)!.e),
      })),
    });
    top += height;
  });
  return { bands, height: top, width };
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
