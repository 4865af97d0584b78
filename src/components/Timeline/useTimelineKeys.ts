import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../../core';
import { useTimelineStoreApi } from '../../state';

/** Nearest event in time to `t` among `list`. */
function nearest(list: readonly TimelineEvent[], t: number): TimelineEvent | undefined {
  let best: TimelineEvent | undefined;
  for (const e of list) if (!best || Math.abs(e.t0 - t) < Math.abs(best.t0 - t)) best = e;
  return best;
}

/**
 * Keyboard for the plot: arrows move the selection chronologically (Up/Down to the nearest
 * event in the lane above/below), Home/End to the ends; + and − zoom, Shift+arrows pan,
 * 0 fits everything. The newly selected event is brought into view and focused.
 */
export function useTimelineKeys(
  plotRef: RefObject<HTMLElement | null>,
  events: readonly TimelineEvent[],
  rtl = false,
) {
  const store = useTimelineStoreApi();
  const focusNext = useRef<string | null>(null);

  const selectAndReveal = useCallback(
    (e: TimelineEvent | undefined) => {
      if (!e) return;
      const s = store.getState();
      s.reveal(e);
      focusNext.current = e.id;
      s.select(e.id);
    },
    [store],
  );

  // After the render that shows the newly selected event, move focus to it.
  useEffect(
    () =>
      store.subscribe(() => {
        const id = focusNext.current;
        if (!id) return;
        requestAnimationFrame(() => {
          const el = [
            ...(plotRef.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? []),
          ].find((b) => b.dataset.eventId === id);
          if (el) {
            focusNext.current = null;
            el.focus({ preventScroll: true });
            el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
          }
        });
      }),
    [store, plotRef],
  );

  return useCallback(
    (ev: KeyboardEvent) => {
      const s = store.getState();
      const w = s.window;
      if (!w) return;
      // From the event that has focus (a screen reader's cursor may have put it on another
      // than the selected one), else from the selection.
      const current =
        events.find((e) => e.id === (ev.target as HTMLElement).dataset?.eventId) ??
        events.find((e) => e.id === s.selectedId);
      const at = current ? events.indexOf(current) : -1;
      const lanes = s.timeline?.lanes.map((l) => l.id) ?? [];
      const mid = (w[0] + w[1]) / 2;
      let handled = true;
      // ← and → move the way they point: where time runs right to left, → goes back in time.
      const later = rtl ? 'ArrowLeft' : 'ArrowRight';
      const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (ev.shiftKey && (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight')) {
        s.panBy(ev.key === earlier ? -0.25 : 0.25);
      } else if (ev.key === later) {
        selectAndReveal(at < 0 ? events[0] : events[Math.min(at + 1, events.length - 1)]);
      } else if (ev.key === earlier) {
        selectAndReveal(at < 0 ? events[0] : events[Math.max(at - 1, 0)]);
      } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        const from = current ? lanes.indexOf(current.lane) : -1;
        const step = ev.key === 'ArrowDown' ? 1 : -1;
        for (let l = from + step; l >= 0 && l < lanes.length; l += step) {
          const candidate = nearest(
            events.filter((e) => e.lane === lanes[l]),
            current?.t0 ?? mid,
          );
          if (candidate) {
            selectAndReveal(candidate);
            break;
          }
        }
      } else if (ev.key === 'Home') {
        selectAndReveal(events[0]);
      } else if (ev.key === 'End') {
        selectAndReveal(events[events.length - 1]);
      } else if (ev.key === '+' || ev.key === '=') {
        s.zoomBy(2, current && current.t0 >= w[0] && current.t0 <= w[1] ? current.t0 : mid);
      } else if (ev.key === '-' || ev.key === '_') {
        s.zoomBy(0.5);
      } else if (ev.key === '0') {
        s.fit();
      } else if (ev.key === 'Escape') {
        s.select(null);
      } else {
        handled = false;
      }
      if (handled) ev.preventDefault();
    },
    [store, events, selectAndReveal, rtl],
  );
}
