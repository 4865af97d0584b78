import type { Tick } from '../time/ticks';

/** A tick as drawn on the axis: its label, if it is shown, starts `pad` px after its line. */
export interface AxisTick extends Tick {
  /** False when the label would be cut by the frame or run into the next one. */
  readonly labelShown: boolean;
}

/**
 * Which tick labels fit: each starts `pad` px after its tick and must end before the next
 * shown label and before the right edge; one that would not is left out (its grid line
 * stays), rather than cut by the frame. The measurer is injected, as for the lanes.
 */
export function placeTickLabels(
  ticks: readonly Tick[],
  /** A label's width; `major` labels are set in a heavier weight, so wider. */
  measure: (text: string, major: boolean) => number,
  width: number,
  pad = 4,
  gap = 6,
): AxisTick[] {
  let free = 0;
  return ticks.map((t) => {
    const start = t.x + pad;
    const end = start + measure(t.label, t.major);
    const labelShown = t.x >= 0 && start >= free && end <= width;
    if (labelShown) free = end + gap;
    return { ...t, labelShown };
  });
}
