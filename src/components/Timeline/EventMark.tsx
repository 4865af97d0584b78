import { memo } from 'react';
import { eventDateLabel, type PlacedEvent } from '../../core';

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
export const EventMark = memo(function EventMark({ placed, markX, top, rowHeight, markWidth, selected, tabbable, onSelect }: Props) {
  const e = placed.event;
  const kind = markKind(placed);
  const date = eventDateLabel(e);
  const spanWidth = Math.max(0, placed.markEnd - markX);
  const cls = ['tl-event', `tl-event--${kind}`, e.approximate ? 'tl-event--approx' : '', e.background ? 'tl-event--background' : '', selected ? 'is-selected' : '', placed.elided ? 'is-elided' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={cls}
      data-event-id={e.id}
      data-lane={e.lane}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${e.title}, ${date}${e.background ? ', background' : ''}`}
      aria-current={selected ? 'true' : undefined}
      title={placed.elided ? `${e.title} — ${date}` : undefined}
      style={{ left: placed.x, top, width: placed.boxEnd - placed.x, height: rowHeight }}
      onClick={() => onSelect(e.id)}
    >
      {kind !== 'point' && <span className="tl-span" aria-hidden="true" style={{ left: markX - placed.x, width: spanWidth }} />}
      <span className="tl-dot" aria-hidden="true" />
      <span className="tl-label" aria-hidden="true" style={{ left: markWidth, width: placed.labelWidth }}>
        {e.title}
      </span>
    </button>
  );
});
