import { memo } from 'react';
import type { PlacedEvent } from '../../core';
import { useI18n } from '../../state';

export type MarkKind = 'point' | 'day' | 'range' | 'imprecise';

/** How an event's date is drawn: a point, a day, a range, or a soft span for a month or year. */
export function markKind(p: PlacedEvent): MarkKind {
  const e = p.event;
  if (e.endDate) return 'range';
  if (e.startDate.precision === 'year' || e.startDate.precision === 'month') return 'imprecise';
  if (e.startDate.precision === 'day' && p.markEnd - p.x >= 6) return 'day';
  return 'point';
}

interface Props {
  readonly placed: PlacedEvent;
  /** Where the mark really starts (may be left of the view when it began earlier). */
  readonly markX: number;
  readonly top: number;
  readonly rowHeight: number;
  readonly markWidth: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (id: string) => void;
}

/** One event on the timeline: a focusable button whose name holds its title and date. */
export const EventMark = memo(function EventMark({
  placed,
  markX,
  top,
  rowHeight,
  markWidth,
  selected,
  tabbable,
  onSelect,
}: Props) {
  const e = placed.event;
  const kind = markKind(placed);
  const { dates } = useI18n();
  const date = dates.event(e);
  const spanWidth = Math.max(0, placed.markEnd - markX);
  const cls = [
    'tl-event',
    `tl-event--${kind}`,
    e.approximate ? 'tl-event--approx' : '',
    e.background ? 'tl-event--background' : '',
    e.status === 'uncited' ? 'tl-event--uncited' : '',
    selected ? 'is-selected' : '',
    placed.elided ? 'is-elided' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The label's width in steps of 8 px (rounded down, so it never grows into a neighbour):
  // while zooming, most frames then leave its text layout alone.
  // Positioned by transform, the dot and the date span drawn by the button's own ::before
  // and ::after from custom properties: two DOM nodes per event, and moving one on a zoom
  // frame needs no layout of its neighbours.
  const style = {
    transform: `translate(${placed.x}px, ${top}px)`,
    width: placed.boxEnd - placed.x,
    height: rowHeight,
    '--span-x': `${markX - placed.x}px`,
    '--span-w': `${kind === 'point' ? 0 : spanWidth}px`,
  } as React.CSSProperties;
  return (
    <button
      type="button"
      className={cls}
      data-event-id={e.id}
      data-lane={e.lane}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${e.title}, ${date}${e.background ? ', background' : ''}${e.status === 'uncited' ? ', not yet cited' : ''}`}
      aria-current={selected ? 'true' : undefined}
      title={placed.elided ? `${e.title} — ${date}` : undefined}
      style={style}
      onClick={() => onSelect(e.id)}
    >
      <span
        className="tl-label"
        aria-hidden="true"
        style={{ left: markWidth, width: Math.floor(placed.labelWidth / 8) * 8 }}
      >
        {e.title}
      </span>
    </button>
  );
});
