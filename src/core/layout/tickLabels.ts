import type { Tick } from '../time/ticks';

/** A tick as drawn on the axis: its label, if it is shown, starts `pad` px after its line. */
export interface AxisTick extends Tick {
  /** False when the label would be cut by the frame or run into the next one. */
  readonly labelShown: boolean;
}

/**
 * Which tick labels fit: each starts `pad` px after its tick and must end before the next
 * shown label and before the right edge; one that would not is left out (its grid line
 * stays), rather than cut by the frame. Major labels (the month or year a run of days
 * belongs to) are placed first and minor ones between them, so a wide day label (Arabic's
 * "السبت، 29") never drops the month after it. The measurer is injected, as for the lanes.
 */
export function placeTickLabels(
  ticks: readonly Tick[],
  /** A label's width; `major` labels are set in a heavier weight, so wider. */
  measure: (text: string, major: boolean) => number,
  width: number,
  pad = 4,
  gap = 6,
): AxisTick[] {
  const start = ticks.map((t) => t.x + pad);
  const end = ticks.map((t, i) => start[i]! + measure(t.label, t.major));
  const shown = ticks.map(() => false);
  // Two passes: the major labels, then the minor ones in the room between them.
  for (const major of [true, false]) {
    let free = 0;
    ticks.forEach((t, i) => {
      if (shown[i]) free = end[i]! + gap;
      else if (t.major === major && t.x >= 0 && end[i]! <= width && start[i]! >= free) {
        const next = shown.indexOf(true, i);
        if (next >= 0 && end[i]! + gap > start[next]!) return;
        shown[i] = true;
        free = end[i]! + gap;
      }
    });
  }
  return ticks.map((t, i) => ({ ...t, labelShown: shown[i]! }));
}
