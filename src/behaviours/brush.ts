import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

export interface BrushHandle {
  /** Shows [x0, x1] as the selection without echoing a brush event back as a user move. */
  readonly show: (x0: number, x1: number) => void;
  readonly detach: () => void;
}

/**
 * The overview's brush, on one <g> React rendered and leaves empty: d3-brush owns its
 * children. Only moves made by the user are reported.
 */
export function attachBrush(
  node: SVGGElement,
  width: number,
  height: number,
  onBrush: (x0: number, x1: number) => void,
): BrushHandle {
  const behaviour = brushX<unknown>()
    .extent([
      [0, 0],
      [width, height],
    ])
    .on('brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent || !event.selection) return;
      const [x0, x1] = event.selection as [number, number];
      if (x1 - x0 >= 1) onBrush(x0, x1);
    });
  const sel = select(node).call(behaviour);
  return {
    show(x0, x1) {
      // Keep a sliver visible when the window is far narrower than a pixel of the overview.
      const mid = (x0 + x1) / 2;
      const w = Math.max(x1 - x0, 6);
      sel.call(behaviour.move, [Math.max(0, mid - w / 2), Math.min(width, mid + w / 2)]);
    },
    detach() {
      sel.on('.brush', null);
      sel.selectAll('*').remove();
    },
  };
}
