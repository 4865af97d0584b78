import { afterPaint } from '../state';

let gestures: Promise<typeof import('./gestures')> | null = null;

/**
 * d3-zoom and d3-brush (with d3-selection, d3-transition, d3-drag…, some 15 KB gzip), loaded
 * after the first paint: the timeline is drawn without them, and the gestures attach a frame
 * later. First paint downloads less; see "Payload" in the README.
 */
export function loadGestures(): Promise<typeof import('./gestures')> {
  return (gestures ??= afterPaint().then(() => import('./gestures')));
}
