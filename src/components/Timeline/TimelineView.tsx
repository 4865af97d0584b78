import { useCallback, useMemo, useRef } from 'react';
import {
  hitTest,
  computeTicks,
  createTimeScale,
  epochMs,
  formatBound,
  layoutLanes,
  maxDurationOf,
  visibleEvents,
  type TimelineEvent,
  type TimeWindow,
  type WindowLimits,
} from '../../core';
import { useI18n, useTimelineStore, useTimelineStoreApi } from '../../state';
import { useZoom } from '../../behaviours/useZoom';
import { Axis } from './Axis';
import { EventMark } from './EventMark';
import { LABEL_FONT, laneGeometry, twoLineWidth } from './geometry';
import { createTextMeasurer } from './measureText';
import { Overview } from './Overview';
import { Toolbar } from './Toolbar';
import { useElementWidth } from './useElementSize';
import { useKeepFocus } from './useKeepFocus';
import { useTimelineKeys } from './useTimelineKeys';

interface Props {
  readonly events: readonly TimelineEvent[];
}

/**
 * The timeline: React renders every element; D3 supplies the scale, the ticks and the zoom
 * transform. Only events in the window are rendered, laid out lane by lane.
 */
export function TimelineView({ events }: Props) {
  // Both are set together when the data loads, before this view is shown.
  const view = useTimelineStore((s) => s.window)!;
  const limits = useTimelineStore((s) => s.limits)!;
  return <TimelinePlot events={events} view={view} limits={limits} />;
}

function TimelinePlot({
  events,
  view,
  limits,
}: Props & { readonly view: TimeWindow; readonly limits: WindowLimits }) {
  const timeline = useTimelineStore((s) => s.timeline)!;
  const selectedId = useTimelineStore((s) => s.selectedId);
  const store = useTimelineStoreApi();
  const frameRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frameRef);

  const maxDuration = useMemo(() => maxDurationOf(timeline.events), [timeline]);
  const measure = useMemo(() => createTextMeasurer(LABEL_FONT), []);

  const geometry = laneGeometry(width);
  const scale = useMemo(
    () => createTimeScale({ domain: view, range: [0, Math.max(1, width)] }),
    [view, width],
  );
  const { dates } = useI18n();
  const ticks = useMemo(() => computeTicks(scale, width, dates.tick), [scale, width, dates]);
  const visible = useMemo(
    () => visibleEvents(events, view[0], view[1], maxDuration),
    [events, view, maxDuration],
  );
  const { bands, height } = useMemo(
    () =>
      layoutLanes(
        timeline.lanes,
        visible,
        // The same linear map as the UTC scale, without its Date coercion per call: this runs
        // for every event in view on every zoom frame.
        linearX(view, width),
        (text) => twoLineWidth(measure(text), geometry.labelMax),
        geometry,
        selectedId,
        width,
      ),
    // geometry is derived from width
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeline.lanes, visible, scale, measure, width, selectedId],
  );

  useZoom(plotRef, limits, width);
  useKeepFocus(plotRef, width > 0);
  const onKeyDown = useTimelineKeys(plotRef, events);
  const select = useCallback((id: string) => store.getState().select(id), [store]);
  const showCluster = (list: readonly TimelineEvent[]) =>
    store.getState().setWindow(clusterWindow(list, view));

  const rendered = new Set(bands.flatMap((b) => b.placed.map((p) => p.id)));
  const tabStop =
    selectedId && rendered.has(selectedId)
      ? selectedId
      : bands.flatMap((b) => b.placed).sort((a, b) => a.x - b.x)[0]?.id;
  const hidden = events.length - visible.length;

  return (
    <section className="timeline" aria-label="Timeline">
      <Toolbar />
      <Overview events={events} extent={limits.extent} view={view} />
      <div className="tl-frame" ref={frameRef}>
        {width > 0 && (
          <>
            <Axis ticks={ticks} width={width} />
            <div
              className="tl-plot"
              ref={plotRef}
              style={{ height }}
              data-start={formatBound(view[0])}
              data-end={formatBound(view[1])}
              role="group"
              aria-label={`Events from ${formatBound(view[0])} to ${formatBound(view[1])}; arrow keys move between events, + and − zoom, Shift+arrows pan, 0 fits all`}
              onKeyDown={onKeyDown}
              onClick={(ev) => {
                // Reaches here only where the marks let the pointer through (touch screens).
                if (ev.target !== ev.currentTarget && !(ev.target as Element).closest?.('.tl-lane'))
                  return;
                if ((ev.target as Element).closest?.('button')) return;
                const r = ev.currentTarget.getBoundingClientRect();
                const hit = hitTest(bands, geometry, ev.clientX - r.left, ev.clientY - r.top);
                if (hit?.kind === 'event') select(hit.id);
                else if (hit?.kind === 'cluster')
                  showCluster(bands[hit.band]!.clusters[hit.index]!.events);
              }}
              tabIndex={-1}
            >
              <svg className="tl-grid" width={width} height={height} aria-hidden="true">
                {ticks.map((t) => (
                  <line
                    key={t.t}
                    x1={t.x}
                    x2={t.x}
                    y1={0}
                    y2={height}
                    className={t.major ? 'is-major' : undefined}
                  />
                ))}
                {bands.map((b) => (
                  <line
                    key={b.lane.id}
                    x1={0}
                    x2={width}
                    y1={b.top}
                    y2={b.top}
                    className="tl-lane-line"
                  />
                ))}
              </svg>
              {bands.map((b) => (
                <div
                  key={b.lane.id}
                  className="tl-lane"
                  data-lane={b.lane.id}
                  role="group"
                  aria-label={b.lane.label}
                  style={{ top: b.top, height: b.height }}
                >
                  <div className="tl-lane-name" aria-hidden="true">
                    {b.lane.label}
                  </div>
                  {b.placed.map((p) => (
                    <EventMark
                      key={p.id}
                      placed={p}
                      markX={scale(p.event.t0)}
                      top={geometry.headerHeight + p.row * geometry.rowHeight}
                      rowHeight={geometry.rowHeight}
                      markWidth={geometry.markWidth}
                      selected={p.id === selectedId}
                      tabbable={p.id === tabStop}
                      onSelect={select}
                    />
                  ))}
                  {b.clusters.map((c) => (
                    <button
                      key={c.ids[0]}
                      type="button"
                      className="tl-cluster"
                      tabIndex={-1}
                      style={{
                        left: c.x,
                        top: geometry.headerHeight + c.row * geometry.rowHeight,
                        width: c.boxEnd - c.x,
                        height: geometry.rowHeight,
                      }}
                      aria-label={clusterName(c.events, dates.event)}
                      title={clusterName(c.events, dates.event)}
                      onClick={() => showCluster(c.events)}
                    >
                      +{c.events.length}
                    </button>
                  ))}
                </div>
              ))}
            </div>
          </>
        )}
      </div>
      <p className="tl-status">
        {visible.length} of {events.length} event{events.length === 1 ? '' : 's'} in view
        {hidden > 0 ? ` · ${hidden} outside this window` : ''}
      </p>
    </section>
  );
}

function linearX(view: readonly [number, number], width: number) {
  const k = Math.max(1, width) / (view[1] - view[0]);
  const t0 = view[0];
  return (t: number) => (t - t0) * k;
}

/** "3 more events here: A (date); B (date); C (date). Zoom in to see them", capped for big bins. */
function clusterName(events: readonly TimelineEvent[], word: (e: TimelineEvent) => string): string {
  const first = events
    .slice(0, 3)
    .map((e) => `${e.title} (${word(e)})`)
    .join('; ');
  const rest = events.length > 3 ? `; and ${events.length - 3} more` : '';
  return `${events.length} events here: ${first}${rest}. Zoom in to see them`;
}

/** A window around a cluster's events, narrow enough to spread them out. */
function clusterWindow(events: readonly TimelineEvent[], view: readonly [number, number]) {
  const lo = events.reduce((m, e) => Math.min(m, e.t0), Infinity);
  const hi = events.reduce((m, e) => Math.max(m, e.t1), -Infinity);
  const span = Math.max(hi - lo, (view[1] - view[0]) / 4);
  const mid = (lo + hi) / 2;
  return [epochMs(mid - span * 0.6), epochMs(mid + span * 0.6)] as const;
}
