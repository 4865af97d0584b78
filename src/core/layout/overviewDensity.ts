/**
 * The overview strip's density: how many events each pixel column of the whole span holds,
 * an event counted in every column its time covers (a four-year range across four years of
 * the strip, not only where it starts), as bar heights. One pass over the events and one
 * over the columns (a difference array), so it costs the same per event at any span.
 */
export interface DensityColumn {
  /** The column, px from the strip's start (its left, or its right where time runs right to left). */
  readonly x: number;
  /** The bar's height, px: from `min` up, by the square root of its share of the fullest column, to `max`. */
  readonly h: number;
}

export function overviewDensity(
  events: readonly { readonly t0: number; readonly t1: number }[],
  extent: readonly [number, number],
  width: number,
  { min = 4, max = 30, rtl = false }: { min?: number; max?: number; rtl?: boolean } = {},
): DensityColumn[] {
  const n = Math.max(1, Math.ceil(width));
  const diff = new Int32Array(n + 1);
  const span = extent[1] - extent[0];
  const k = span > 0 ? width / span : 0;
  const column = (t: number) => Math.min(n - 1, Math.max(0, Math.floor((t - extent[0]) * k)));
  for (const e of events) {
    if (e.t1 <= extent[0] || e.t0 > extent[1]) continue;
    // t1 is the first instant after the event: its last column is the one before it.
    const from = column(e.t0);
    const to = Math.max(from, column(e.t1 - 1));
    diff[from]!++;
    diff[to + 1]!--;
  }
  const counts = new Int32Array(n);
  let running = 0;
  let top = 0;
  for (let x = 0; x < n; x++) {
    running += diff[x]!;
    counts[x] = running;
    if (running > top) top = running;
  }
  const out: DensityColumn[] = [];
  for (let x = 0; x < n; x++) {
    const c = counts[x]!;
    if (c > 0) out.push({ x: rtl ? n - 1 - x : x, h: min + (max - min) * Math.sqrt(c / top) });
  }
  return out;
}
