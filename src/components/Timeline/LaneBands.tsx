import { memo } from 'react';
import type { I18n, LaneBand, LaneGeometry, TimelineEvent } from '../../core';
import { useI18n } from '../../state';
import { EventControl } from './EventControl';

interface Props {
  readonly bands: readonly LaneBand[];
  /** True during a gesture: the controls keep their last layout, hidden, until it ends. */
  readonly frozen: boolean;
  readonly laneColours: readonly string[];
  readonly g: LaneGeometry;
  readonly selectedId: string | null;
  readonly tabStop: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onCluster: (events: readonly TimelineEvent[]) => void;
  /** The view is as narrow as it goes: no badge can zoom in further. */
  readonly narrowest: boolean;
}

/**
 * The lanes as DOM: one group per lane, named, with its colour as --lane, holding a
 * control per event the layout labels and per "+N" badge. The canvas paints the picture;
 * these are what focus, pointers, screen readers and the page's search reach.
 */
export function LaneBands({ bands, frozen, laneColours, ...rest }: Props) {
  return bands.map((b) => (
    <div
      key={b.lane.id}
      className="tl-lane"
      data-lane={b.lane.id}
      role="group"
      aria-label={b.lane.label}
      style={
        { top: b.top, height: b.height, '--lane': laneColours[b.index] } as React.CSSProperties
      }
    >
      <div className="tl-lane-name" aria-hidden="true">
        <span className="tl-swatch" />
        <bdi>{b.lane.label}</bdi>
      </div>
      <LaneControls band={b} frozen={frozen} {...rest} />
    </div>
  ));
}

type ControlsProps = Omit<Props, 'bands' | 'laneColours'> & { readonly band: LaneBand };

const LaneControls = memo(
  function LaneControls({
    band,
    g,
    selectedId,
    tabStop,
    onSelect,
    onCluster,
    narrowest,
  }: ControlsProps) {
    const i18n = useI18n();
    return (
      <div className="tl-controls">
        {band.placed.map((p) => (
          <EventControl
            key={p.id}
            placed={p}
            g={g}
            selected={p.id === selectedId}
            tabbable={p.id === tabStop}
            onSelect={onSelect}
          />
        ))}
        {band.clusters.map((c, i) => {
          const name = clusterName(c.events, i18n, narrowest);
          return (
            <button
              // By position, not by the events inside: a badge moved or refilled between two
              // gestures is the same button updated, not one removed and another added.
              key={i}
              type="button"
              className="tl-cluster"
              tabIndex={-1}
              style={{
                transform: `translate(${c.x}px, ${g.headerHeight + c.row * g.rowHeight + 2}px)`,
                width: c.boxEnd - c.x,
                height: g.rowHeight - 4,
              }}
              aria-label={name}
              title={name}
              onClick={() => onCluster(c.events)}
            >
              +{i18n.n(c.events.length)}
            </button>
          );
        })}
      </div>
    );
  },
  // While a gesture runs the controls stay as they were: no restyle of every event per frame.
  (prev, next) =>
    next.frozen ||
    (prev.band === next.band &&
      prev.g === next.g &&
      prev.selectedId === next.selectedId &&
      prev.tabStop === next.tabStop &&
      prev.onSelect === next.onSelect &&
      prev.onCluster === next.onCluster &&
      prev.narrowest === next.narrowest),
);

/**
 * "3 events here: A (date); B (date); C (date). Zoom in to see them", capped for big bins;
 * for a badge that opens its events one by one instead (opensOneByOne), that.
 */
export function clusterName(
  events: readonly TimelineEvent[],
  i18n: I18n,
  narrowest = false,
): string {
  const list = events
    .slice(0, 3)
    .map((e) => i18n.t('cluster.item', { title: e.title, date: i18n.dates.event(e) }))
    .join(i18n.t('cluster.separator'));
  const count = events.length;
  const name =
    count > 3
      ? i18n.t('cluster.nameMore', { count, list, more: count - 3 })
      : i18n.t('cluster.name', { count, list });
  const action = opensOneByOne(events, narrowest) ? 'cluster.step' : 'cluster.zoom';
  return `${name}. ${i18n.t(action, { count })}`;
}

/**
 * What pressing a badge does: zoom in to part its events, unless no zoom can (they start at
 * one instant, or the view is as narrow as it goes); then it opens them one by one.
 */
export const opensOneByOne = (events: readonly TimelineEvent[], narrowest: boolean) =>
  narrowest || events.every((e) => e.t0 === events[0]!.t0);
