import { useCallback, useMemo, useRef } from 'react';
import {
  atNarrowest,
  computeTicks,
  createLabelWrapper,
  DAY,
  createTimeScale,
  epochMs,
  formatBound,
  hitTest,
  laneColor,
  layoutLanes,
  createLaneIndex,
  type AxisX,
  mirrorLayout,
  mirrorTicks,
  offsetLabel,
  placeTickLabels,
  type TimelineEvent,
  type TimeWindow,
  type WindowLimits,
} from '../../core';
import {
  lazyChunk,
  useChunk,
  useI18n,
  useTimeDirection,
  useTimelineStore,
  useTimelineStoreApi,
} from '../../state';
import { useZoom } from '../../behaviours/useZoom';
import { Axis } from './Axis';
import { LABEL_FONT, laneGeometry, paintGeometry, TICK_FONT } from './geometry';
import { LaneBands, opensOneByOne } from './LaneBands';
import { createTextMeasurer } from './measureText';
import { PlotCanvas } from './PlotCanvas';
import type { ImageInput } from './image/paintImage';
import { useImageSource } from './imageSource';
import { Toolbar } from './Toolbar';
import { useElementWidth } from './useElementSize';
import { useKeepFocus } from './useKeepFocus';
import { useMotion } from './useMotion';
import { useThemeColours } from './useThemeColours';
import { useTimelineKeys } from './useTimelineKeys';

/** The overview strip (events' density, the brush): its own chunk, shown a frame after the plot. */
const overviewStrip = lazyChunk(() => import('./Overview'));
/** Room between the last tick label and the axis's clock. */
const CLOCK_PAD = 12;

interface Props {
  readonly events: readonly TimelineEvent[];
}

/**
 * The timeline. One layout (core/layout, pure) is drawn twice: painted on a canvas, and
 * rendered as DOM controls (one per labelled event, for focus, pointers, screen readers and
 * the page's search). D3 supplies the scale, the ticks and the zoom transform.
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
  const clock = timeline.clock;
  const selectedId = useTimelineStore((s) => s.selectedId);
  const store = useTimelineStoreApi();
  const frameRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const width = useElementWidth(frameRef);
  const [moving, onGesture] = useMotion();

  const measure = useMemo(() => createTextMeasurer(LABEL_FONT), []);
  const measureTick = useMemo(() => {
    const regular = createTextMeasurer(TICK_FONT);
    const bold = createTextMeasurer(`600 ${TICK_FONT}`);
    return (text: string, major: boolean) => (major ? bold(text) : regular(text));
  }, []);
  const wrap = useMemo(() => createLabelWrapper(measure), [measure]);
  const laneColours = useMemo(() => timeline.lanes.map(laneColor), [timeline.lanes]);
  const theme = useThemeColours(probeRef, laneColours, width > 0);

  const geometry = useMemo(() => laneGeometry(width), [width]);
  const scale = useMemo(
    () => createTimeScale({ domain: view, range: [0, Math.max(1, width)] }),
    [view, width],
  );
  const i18n = useI18n();
  const { t, dates } = i18n;
  // Time right to left (ar, he, unless time-direction="ltr"): laid out forward, then mirrored.
  const rtl = useTimeDirection() === 'rtl';
  // Ticks at times of day read by the data's clock (core/time/clock.ts): the axis names it at
  // its end, where no tick label runs under it.
  const { axisTicks, clockLabel } = useMemo(() => {
    const raw = computeTicks(scale, width, dates.tick);
    const hours = raw.length > 1 && raw[1]!.t - raw[0]!.t < DAY;
    const label = hours && clock !== undefined ? offsetLabel(clock) : null;
    const room = label ? measureTick(label, false) + CLOCK_PAD : 0;
    return { axisTicks: placeTickLabels(raw, measureTick, width - room), clockLabel: label };
  }, [scale, width, measureTick, dates, clock]);
  const ticks = useMemo(
    () => (rtl ? mirrorTicks(axisTicks, width) : axisTicks),
    [axisTicks, rtl, width],
  );
  const laneIndex = useMemo(() => createLaneIndex(events), [events]);
  // Lanes the reader filtered to: the rest are left out of the plot, not drawn empty.
  const laneFilter = useTimelineStore((s) => s.filter.lanes);
  const onlyLanes = useMemo(
    () => (laneFilter.length > 0 ? new Set(laneFilter) : null),
    [laneFilter],
  );
  const visible = useMemo(() => laneIndex.query(view[0], view[1]), [laneIndex, view]);
  const inView = useMemo(() => [...visible.values()].reduce((n, l) => n + l.length, 0), [visible]);
  const forward = useMemo(
    () =>
      layoutLanes(
        timeline.lanes,
        visible,
        // The same linear map as the UTC scale, without its Date coercion per call: this runs
        // for every event in view on every zoom frame.
        linearX(view, width),
        wrap,
        geometry,
        selectedId,
        width,
        onlyLanes,
      ),
    [timeline.lanes, visible, view, width, wrap, geometry, selectedId, onlyLanes],
  );
  const layout = useMemo(
    () => (rtl ? mirrorLayout(forward, geometry.markWidth) : forward),
    [forward, rtl, geometry],
  );
  const paint = useMemo(
    () =>
      theme && width > 0
        ? { layout, grid: ticks, theme, geometry: paintGeometry(geometry), selectedId }
        : null,
    [layout, ticks, theme, geometry, selectedId, width],
  );

  useZoom(plotRef, limits, width, onGesture, rtl);
  useKeepFocus(plotRef, width > 0);
  const onKeyDown = useTimelineKeys(plotRef, events, rtl);
  const select = useCallback((id: string) => store.getState().select(id), [store]);
  const showCluster = useCallback(
    (list: readonly TimelineEvent[]) => {
      const s = store.getState();
      if (!s.window || !s.limits) return;
      // Open the first; the details' Next steps through the rest.
      if (opensOneByOne(list, atNarrowest(s.window, s.limits))) s.select(list[0]!.id);
      else s.setWindow(clusterWindow(list, s.window));
    },
    [store],
  );

  // The picture of the view, for "Download image": the same layout, the axis as shown.
  const image = useCallback(() => {
    if (!paint) return null;
    const drawn = layout.bands.flatMap((b) => [
      ...b.placed.map((p) => p.event),
      ...b.clusters.flatMap((c) => c.events),
    ]);
    const credited = [
      ...new Set(
        drawn.flatMap((e) =>
          e.citations.map((c) => {
            const s = timeline.sources.find((x) => x.id === c.source);
            return s?.publisher ?? s?.title ?? c.source;
          }),
        ),
      ),
    ];
    return {
      name: imageName(timeline.title, view[0]),
      input: {
        paint,
        ticks: axisTicks,
        rtl,
        dir: i18n.dir,
        title: timeline.title,
        subtitle: dates.window(view[0], view[1], precisionOf(view), clock),
        legend: [
          { kind: 'point', label: t('legend.point') },
          { kind: 'range', label: t('legend.range') },
          { kind: 'period', label: t('legend.imprecise') },
          { kind: 'approximate', label: t('legend.approx') },
        ],
        credit: t('image.credit', { sources: i18n.list(credited) }),
        laneName: (label: string) => label.toLocaleUpperCase(i18n.locale),
      } satisfies ImageInput,
    };
  }, [paint, layout, timeline, view, axisTicks, rtl, i18n, t, dates, clock]);

  useImageSource(image);

  const placed = layout.bands.flatMap((b) => b.placed);
  const tabStop =
    selectedId && placed.some((p) => p.id === selectedId)
      ? selectedId
      : // The earliest in view, on whichever side time starts.
        placed.reduce<(typeof placed)[number] | undefined>(
          (a, p) => (!a || p.event.t0 < a.event.t0 ? p : a),
          undefined,
        )?.id;
  const hidden = events.length - inView;
  const overview = useChunk(overviewStrip, true, true);

  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <Toolbar />
      {overview ? (
        <overview.Overview events={events} extent={limits.extent} view={view} />
      ) : (
        <div className="tl-overview" aria-hidden="true" />
      )}
      <div className="tl-frame" ref={frameRef}>
        {width > 0 && (
          <>
            <Axis ticks={axisTicks} width={width} rtl={rtl} clock={clockLabel} />
            <div
              className={moving ? 'tl-plot is-moving' : 'tl-plot'}
              ref={plotRef}
              style={{ height: layout.height }}
              data-start={formatBound(view[0])}
              data-end={formatBound(view[1])}
              role="group"
              aria-label={t('timeline.plot', {
                start: dates.instant(view[0], precisionOf(view), clock),
                end: dates.instant(view[1], precisionOf(view), clock),
              })}
              onKeyDown={onKeyDown}
              onClick={(ev) => {
                // Reaches here only where the controls let the pointer through (touch screens).
                if ((ev.target as Element).closest?.('button')) return;
                const r = ev.currentTarget.getBoundingClientRect();
                const hit = hitTest(
                  layout.bands,
                  geometry,
                  ev.clientX - r.left,
                  ev.clientY - r.top,
                );
                if (hit?.kind === 'event') select(hit.id);
                else if (hit?.kind === 'cluster')
                  showCluster(layout.bands[hit.band]!.clusters[hit.index]!.events);
              }}
              tabIndex={-1}
            >
              <span className="tl-probe" ref={probeRef} aria-hidden="true" />
              <LaneBands
                bands={layout.bands}
                frozen={moving}
                laneColours={laneColours}
                g={geometry}
                selectedId={selectedId}
                tabStop={tabStop}
                onSelect={select}
                onCluster={showCluster}
                narrowest={atNarrowest(view, limits)}
              />
              <PlotCanvas input={paint} />
            </div>
          </>
        )}
      </div>
      <p className="tl-status">
        {hidden > 0
          ? t('timeline.statusHidden', { visible: inView, count: events.length, hidden })
          : t('timeline.status', { visible: inView, count: events.length })}
      </p>
    </section>
  );
}

/** "us-russia-security-talks-2022-01-08": a file name for a picture of the window. */
function imageName(title: string, start: number): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'timeline'}-${new Date(start).toISOString().slice(0, 10)}`;
}

/** A window's ends worded to the day, or to the minute when it spans less than two days. */
const precisionOf = (view: readonly [number, number]) =>
  view[1] - view[0] < 2 * DAY ? ('minute' as const) : ('day' as const);

function linearX(view: readonly [number, number], width: number): AxisX {
  const k = Math.max(1, width) / (view[1] - view[0]);
  const t0 = view[0];
  return Object.assign((t: number) => (t - t0) * k, { invert: (px: number) => t0 + px / k });
}

/** A window around a cluster's events, narrow enough to spread them out. */
function clusterWindow(events: readonly TimelineEvent[], view: readonly [number, number]) {
  const lo = events.reduce((m, e) => Math.min(m, e.t0), Infinity);
  const hi = events.reduce((m, e) => Math.max(m, e.t1), -Infinity);
  const span = Math.max(hi - lo, (view[1] - view[0]) / 4);
  const mid = (lo + hi) / 2;
  return [epochMs(mid - span * 0.6), epochMs(mid + span * 0.6)] as const;
}
