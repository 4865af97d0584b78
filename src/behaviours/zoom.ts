import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';

export interface ZoomOptions {
  /** Plot width, px: the base scale maps the full extent onto [0, width]. */
  readonly width: number;
  readonly height: number;
  /** [1, largest zoom factor], from the window's limits. */
  readonly scaleExtent: [number, number];
  /** Called for each change a gesture makes (wheel, drag, pinch), never for moveTo's. */
  readonly onGesture: (t: ZoomTransform) => void;
}

export interface ZoomHandle {
  /** Moves to a transform unless already there (see d3/d3-zoom#25: no echo loops). */
  readonly moveTo: (t: ZoomTransform) => void;
  readonly detach: () => void;
}

/**
 * The sole d3-zoom user: wheel zoom about the pointer, drag to pan, pinch on touch, on one
 * node React rendered. The transform d3-zoom keeps on that node follows the store's window.
 */
export function attachZoom(node: HTMLElement, o: ZoomOptions): ZoomHandle {
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent(o.scaleExtent)
    .extent([
      [0, 0],
      [o.width, o.height],
    ])
    .translateExtent([
      [0, 0],
      [o.width, o.height],
    ])
    // A double click on an event selects it; it should not also zoom.
    .filter(
      (event: Event) =>
        event.type !== 'dblclick' && (!(event as MouseEvent).button || event.type === 'wheel'),
    )
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // A move we were told to make (sourceEvent null) is already in the store: writing it
      // back would echo it as a second, slightly different window.
      if (event.sourceEvent != null) o.onGesture(event.transform);
    });
  const sel = select(node).call(behaviour);
  return {
    moveTo(t) {
      const now = zoomTransform(node);
      if (Math.abs(now.k - t.k) < 1e-9 && Math.abs(now.x - t.x) < 0.5) return;
      sel.call(behaviour.transform, t);
    },
    detach() {
      sel.on('.zoom', null);
    },
  };
}

export { zoomIdentity };
export type { ZoomTransform };
