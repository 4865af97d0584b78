import { useEffect, useMemo, useRef } from 'react';
import {
  computeTicks,
  createTimeScale,
  epochMs,
  overviewDensity,
  placeTickLabels,
  type EpochMs,
  type TimelineEvent,
} from '../../core';
import type { BrushHandle } from '../../behaviours/brush';
import { loadGestures } from '../../behaviours/loadGestures';
import { useI18n, useTimeDirection, useTimelineStoreApi } from '../../state';
import { OVERVIEW_TICK_FONT } from './geometry';
import { createTextMeasurer } from './measureText';
import { useElementWidth } from './useElementSize';

const HEIGHT = 36;
/** A tick label's distance from its line. */
const LABEL_PAD = 2;

interface Props {
  readonly events: readonly TimelineEvent[];
  readonly extent: readonly [EpochMs, EpochMs];
  readonly view: readonly [EpochMs, EpochMs];
}

/**
 * The whole span at once, events as a density strip, and a brush showing the window.
 * Brushing moves the main view; moving the main view moves the brush.
 */
export function Overview({ events, extent, view }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const brushNode = useRef<SVGGElement>(null);
  const handle = useRef<BrushHandle | null>(null);
  const width = useElementWidth(frame);
  const store = useTimelineStoreApi();
  // Time runs as on the plot: right to left for Arabic and Hebrew, unless told otherwise.
  const rtl = useTimeDirection() === 'rtl';
  const scale = useMemo(
    () =>
      createTimeScale({
        domain: extent,
        range: rtl ? [Math.max(1, width), 0] : [0, Math.max(1, width)],
      }),
    [extent, width, rtl],
  );
  const { dates } = useI18n();
  const measure = useMemo(() => createTextMeasurer(OVERVIEW_TICK_FONT), []);
  // A label that would run past the strip's end is left off (its line stays), as on the axis.
  const ticks = useMemo(() => {
    const all = computeTicks(scale, width, dates.tick, 110);
    // Placed in the direction time runs: mirrored for right to left, then back.
    const along = rtl ? all.map((t) => ({ ...t, x: width - t.x })) : all;
    const placed = placeTickLabels(along, measure, width, LABEL_PAD);
    return all.map((t, i) => ({ ...t, labelShown: placed[i]!.labelShown }));
  }, [scale, width, dates, rtl, measure]);

  // One column per pixel, so the strip costs the same at 40 events or 100,000; a range
  // counts in every column it covers.
  const density = useMemo(
    () => overviewDensity(events, extent, width, { min: 4, max: HEIGHT - 6, rtl }),
    [events, extent, width, rtl],
  );

  // One path for the whole strip, and built once per data and width: a frame of a zoom moves
  // only the brush, and a thousand columns as elements cost every frame's style and paint.
  const bars = useMemo(
    () => (
      <path
        className="tl-overview-density"
        d={density.map((c) => `M${c.x} ${HEIGHT - c.h}h1V${HEIGHT}h-1Z`).join('')}
      />
    ),
    [density],
  );

  useEffect(() => {
    const node = brushNode.current;
    if (!node || width <= 0) return;
    let live = true;
    // d3-brush arrives after the first paint (loadGestures), then shows the current window.
    void loadGestures().then(({ attachBrush }) => {
      if (!live) return;
      handle.current = attachBrush(node, width, HEIGHT, (x0, x1) => {
        const [a, b] = [scale.invert(x0).getTime(), scale.invert(x1).getTime()].sort(
          (p, q) => p - q,
        );
        store.getState().setWindow([epochMs(a!), epochMs(b!)]);
      });
      const w = store.getState().window;
      if (w) {
        const [a, b] = [scale(w[0]), scale(w[1])].sort((p, q) => p - q);
        handle.current.show(a!, b!);
      }
    });
    return () => {
      live = false;
      handle.current?.detach();
      handle.current = null;
    };
  }, [width, scale, store]);

  useEffect(() => {
    const [a, b] = [scale(view[0]), scale(view[1])].sort((p, q) => p - q);
    handle.current?.show(a!, b!);
  }, [view, scale]);

  return (
    <div className="tl-overview" ref={frame} aria-hidden="true">
      {width > 0 && (
        // Tick labels follow their line in the direction time runs (start-anchored, so after it).
        <svg width={width} height={HEIGHT + 14} direction={rtl ? 'rtl' : 'ltr'}>
          {ticks.map((t) => (
            <g key={t.t} transform={`translate(${t.x},0)`}>
              <line y1={0} y2={HEIGHT} className="tl-overview-grid" />
              {t.labelShown && (
                <text y={HEIGHT + 12} x={rtl ? -LABEL_PAD : LABEL_PAD} className="tl-overview-tick">
                  {t.label}
                </text>
              )}
            </g>
          ))}
          {bars}
          <g ref={brushNode} className="tl-brush" />
        </svg>
      )}
    </div>
  );
}
