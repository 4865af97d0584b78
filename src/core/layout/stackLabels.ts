/**
 * Label layout as a pure algorithm (after Observable Plot's dodge): items in, rows out.
 * Each item is a mark at `x` (a range runs to `end`) with a label after the mark. Items are
 * taken by x (in the order given where x ties), and their labels placed greedily, left to
 * right, in the first row where their box is free; a label is elided to the room before
 * the next item further right; items that find no row are gathered into "+N" clusters in
 * one overflow row. No two boxes in a row intersect.
 * Given the view's edges, a label that would cross the right edge goes before its mark
 * instead, or is elided to the room there is: no label runs out of the view.
 */
export interface LabelItem {
  readonly id: string;
  /** Where the mark starts, px. */
  readonly x: number;
  /** Where the mark ends, px (= x for a point). */
  readonly end: number;
  /** The label's full width, px, from an injected text measurer. */
  readonly width: number;
}

export interface LabelLayoutOptions {
  /** Rows available for labels; clusters go in row `maxRows`. */
  readonly maxRows: number;
  /** Clear space between boxes in a row, px. */
  readonly gap: number;
  /** Space from x to where the label text starts (the marker), px. */
  readonly markWidth: number;
  /** A label is never elided below this width (unless its full width is less). */
  readonly minLabel: number;
  /** Width of a "+N" cluster badge, px. */
  readonly clusterWidth: number;
  /**
   * Items that always get a label (the selection): placed before all others when they would
   * find no row otherwise.
   */
  readonly pinned?: ReadonlySet<string>;
  /**
   * The right edge of the view. A label that would cross it is put before its mark when it
   * fits there, else elided to the larger room of the two sides; the left edge is 0.
   */
  readonly maxX?: number;
}

/** Which side of its mark a label is on: after it (the usual), or before it at the right edge. */
export type LabelSide = 'after' | 'before';

export interface PlacedLabel {
  readonly id: string;
  readonly row: number;
  /** The box: from x to boxEnd. */
  readonly x: number;
  readonly boxEnd: number;
  /** Width given to the label text; less than the full width when elided. */
  readonly labelWidth: number;
  readonly elided: boolean;
  readonly side: LabelSide;
  /** Where the label's text starts, px (its box runs to textX + labelWidth). */
  readonly textX: number;
}

export interface LabelCluster {
  readonly ids: readonly string[];
  readonly x: number;
  readonly boxEnd: number;
  readonly row: number;
}

export interface LabelLayout {
  readonly placed: readonly PlacedLabel[];
  readonly clusters: readonly LabelCluster[];
  /** Rows in use, including the overflow row when there are clusters. */
  readonly rows: number;
}

interface Box {
  readonly x: number;
  readonly boxEnd: number;
}

const intersects = (a: Box, b: Box, gap: number) => a.x < b.boxEnd + gap && b.x < a.boxEnd + gap;

/**
 * Full labels where they all fit; where they don't, elided ones, if that leaves fewer items
 * in clusters.
 */
export function stackLabels(input: readonly LabelItem[], o: LabelLayoutOptions): LabelLayout {
  // Selecting an event that already has a label moves nothing: the lane is laid out as if
  // nothing were pinned, and only a pinned item that finds no row there is placed first.
  const pinned = o.pinned?.size ? input.filter((i) => o.pinned!.has(i.id)) : [];
  if (pinned.length) {
    const unpinned = stackLabels(input, { ...o, pinned: undefined });
    if (pinned.every((i) => unpinned.placed.some((p) => p.id === i.id))) return unpinned;
  }
  // A stable sort: marks at the same x keep the order they came in (the lane's, which is the
  // data's for events at the same instant), so they stack top to bottom as the list reads.
  const items = [...input].sort((a, b) => a.x - b.x);
  const full = place(items, o, false);
  if (full.clusters.length === 0) return full;
  const elided = place(items, o, true);
  const clustered = (l: LabelLayout) => l.clusters.reduce((n, c) => n + c.ids.length, 0);
  return clustered(elided) < clustered(full) ? elided : full;
}

function place(items: readonly LabelItem[], o: LabelLayoutOptions, elide: boolean): LabelLayout {
  // The next distinct x to the right of each item, for elision.
  const nextX = new Float64Array(items.length).fill(Infinity);
  for (let i = items.length - 2, next = Infinity; elide && i >= 0; i--) {
    if (items[i + 1]!.x > items[i]!.x) next = items[i + 1]!.x;
    nextX[i] = next;
  }
  const edge = o.maxX ?? Infinity;
  const minX = o.maxX === undefined ? -Infinity : 0;
  const box = (item: LabelItem, i: number): Omit<PlacedLabel, 'id' | 'row'> => {
    // A mark that began left of the view has its label at the left edge.
    const x = Math.max(item.x, minX);
    const roomAfter = edge - x - o.markWidth;
    if (item.width <= roomAfter) {
      const room = Math.min(nextX[i]!, edge) - x - o.markWidth - o.gap;
      const labelWidth = Math.min(item.width, Math.max(o.minLabel, room), roomAfter);
      return after(x, item.end, labelWidth, labelWidth < item.width);
    }
    // It would cross the right edge: before the mark if it fits there, else the larger side.
    const roomBefore = x - o.markWidth - minX;
    if (item.width <= roomBefore) return before(x, item.end, item.width, false);
    return roomBefore > roomAfter
      ? before(x, item.end, Math.max(0, roomBefore), true)
      : after(x, item.end, Math.max(0, roomAfter), true);
  };
  const after = (x: number, end: number, labelWidth: number, elided: boolean) => ({
    x,
    boxEnd: Math.max(end, x + o.markWidth + labelWidth),
    labelWidth,
    elided,
    side: 'after' as const,
    textX: x + o.markWidth,
  });
  const before = (x: number, end: number, labelWidth: number, elided: boolean) => ({
    x: x - o.markWidth - labelWidth,
    boxEnd: Math.max(end, x + o.markWidth / 2),
    labelWidth,
    elided,
    side: 'before' as const,
    textX: x - o.markWidth - labelWidth,
  });

  const rowEnd: number[] = [];
  const reserved: Box[][] = [];
  const placed: PlacedLabel[] = [];
  const free = (row: number, b: Box) =>
    (rowEnd[row] === undefined || rowEnd[row]! + o.gap <= b.x) &&
    !(reserved[row] ?? []).some((r) => intersects(r, b, o.gap));

  const pinned = o.pinned ?? new Set<string>();
  items.forEach((item, i) => {
    if (!pinned.has(item.id)) return;
    const b = box(item, i);
    for (let row = 0; row < o.maxRows; row++) {
      if ((reserved[row] ?? []).some((r) => intersects(r, b, o.gap))) continue;
      (reserved[row] ??= []).push(b);
      placed.push({ id: item.id, row, ...b });
      return;
    }
  });

  const overflow: LabelItem[] = [];
  items.forEach((item, i) => {
    if (pinned.has(item.id)) {
      if (!placed.some((p) => p.id === item.id)) overflow.push(item);
      return;
    }
    const b = box(item, i);
    for (let row = 0; row < o.maxRows; row++) {
      if (!free(row, b)) continue;
      rowEnd[row] = b.boxEnd;
      placed.push({ id: item.id, row, ...b });
      return;
    }
    overflow.push(item);
  });

  const clusters: { ids: string[]; x: number; boxEnd: number; row: number }[] = [];
  for (const item of overflow) {
    // Badges stay inside the view: one at the right edge is drawn ending there.
    const x = Math.max(minX, Math.min(item.x, edge - o.clusterWidth));
    const last = clusters[clusters.length - 1];
    if (last && x < last.boxEnd + o.gap) last.ids.push(item.id);
    else clusters.push({ ids: [item.id], x, boxEnd: x + o.clusterWidth, row: o.maxRows });
  }
  const usedRows = placed.reduce((m, p) => Math.max(m, p.row + 1), 0);
  return { placed, clusters, rows: clusters.length ? o.maxRows + 1 : usedRows };
}
