import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import {
  createTimeScale,
  epochMs,
  zoomScaleExtent,
  type EpochMs,
  type WindowLimits,
} from '../core';
import { useTimelineStoreApi } from '../state';
import { loadGestures } from './loadGestures';

/**
 * Wires d3-zoom on the plot to the store: gestures set the store's window; a window set
 * anywhere else (buttons, keys, brush, URL) is applied with zoom.transform on the same node,
 * so the next gesture starts from it (d3/d3-zoom#107, #147), and is not written back.
 * `onGesture` hears of each user move (not of moves made by the program).
 * d3-zoom arrives after the first paint (loadGestures); the node says `data-gestures` once
 * it listens.
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  limits: WindowLimits,
  width: number,
  onGesture?: () => void,
  rtl = false,
) {
  const store = useTimelineStoreApi();
  // Read at call time, so a new callback does not re-attach the behaviour.
  const heard = useRef(onGesture);
  useEffect(() => {
    heard.current = onGesture;
  });
  // Until d3-zoom is wired, the wheel zooms through the store, so the page does not scroll:
  // from the commit that shows the plot, before any paint.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    return wheelBeforeGestures(
      node,
      rtl,
      (k, about) => {
        heard.current?.();
        store.getState().zoomBy(k, about);
      },
      () => store.getState().window,
    );
    // `width`: the plot's node is rendered once its width is known.
  }, [ref, store, rtl, width]);
  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return;
    let live = true;
    let detach = () => {};
    void loadGestures().then(({ attachZoom, zoomIdentity }) => {
      if (!live) return;
      // Time right to left: the base scale runs from the right edge, and d3-zoom works on it as
      // on any other, so the wheel zooms about the pointer and a drag moves what is under it.
      const base = createTimeScale({ domain: limits.extent, range: rtl ? [width, 0] : [0, width] });
      const full = limits.extent[1] - limits.extent[0];
      // A gesture's windows reach the store once a frame, the latest one: input can come
      // faster than frames (a fast wheel, queued events after a stall), and each window
      // costs a layout.
      let pending: [EpochMs, EpochMs] | null = null;
      let frame = 0;
      let flushing = false;
      const flush = () => {
        frame = 0;
        const w = pending;
        pending = null;
        if (!w) return;
        flushing = true;
        store.getState().setWindow(w);
        flushing = false;
      };
      const handle = attachZoom(node, {
        width,
        // Only x matters; a fixed height keeps the behaviour attached while lanes grow and shrink.
        height: 1000,
        scaleExtent: zoomScaleExtent(limits),
        onGesture: (t) => {
          heard.current?.();
          const [a, b] = t
            .rescaleX(base)
            .domain()
            .map((d) => d.getTime())
            .sort((p, q) => p - q);
          pending = [epochMs(a!), epochMs(b!)];
          frame ||= requestAnimationFrame(flush);
        },
      });
      // Let the page scroll vertically on touch; horizontal drags and pinches are the timeline's.
      node.style.touchAction = 'pan-y';
      const apply = (w: readonly [number, number] | null) => {
        if (!w) return;
        const k = full / (w[1] - w[0]);
        // The window's start at the left edge, or (right to left) at the right edge.
        handle.moveTo(
          rtl
            ? zoomIdentity.translate(width - k * base(w[0]), 0).scale(k)
            : zoomIdentity.scale(k).translate(-base(w[0]), 0),
        );
      };
      apply(store.getState().window);
      const unsubscribe = store.subscribe((s, prev) => {
        if (s.window === prev.window) return;
        // A window set elsewhere (a button, a key, the brush) wins over a gesture's not yet shown.
        if (!flushing) {
          cancelAnimationFrame(frame);
          frame = 0;
          pending = null;
        }
        apply(s.window);
      });
      node.dataset.gestures = 'on';
      detach = () => {
        cancelAnimationFrame(frame);
        unsubscribe();
        handle.detach();
        delete node.dataset.gestures;
      };
    });
    return () => {
      live = false;
      detach();
    };
  }, [ref, store, limits, width, rtl]);
}

/**
 * The wheel on `node` zooming by d3-zoom's own step (2 ** a scaled deltaY) about the instant
 * under the pointer, while d3-zoom is not there (the node has no `data-gestures`); once it
 * is, d3-zoom's own listener does it. Gives "stop listening".
 */
function wheelBeforeGestures(
  node: HTMLElement,
  rtl: boolean,
  zoomBy: (k: number, about: number) => void,
  current: () => readonly [number, number] | null,
): () => void {
  const onWheel = (e: WheelEvent) => {
    const w = current();
    if (!w || node.dataset.gestures === 'on') return;
    e.preventDefault();
    const box = node.getBoundingClientRect();
    if (box.width <= 0) return;
    const x = (e.clientX - box.left) / box.width;
    const along = Math.min(1, Math.max(0, rtl ? 1 - x : x));
    const step = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
    zoomBy(2 ** (-e.deltaY * step * (e.ctrlKey ? 10 : 1)), w[0] + along * (w[1] - w[0]));
  };
  node.addEventListener('wheel', onWheel, { passive: false });
  return () => node.removeEventListener('wheel', onWheel);
}
