import { memo } from 'react';
import { barTop } from './paint/marks';
import type { LaneGeometry, PlacedEvent } from '../../core';
import { useI18n, useTimeDirection } from '../../state';

interface Props {
  readonly placed: PlacedEvent;
  readonly g: LaneGeometry;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (id: string) => void;
}

/**
 * One event as a control: a button over its mark and label, named by its title and date,
 * holding the label's lines as real text exactly where the canvas paints them (the text is
 * see-through; the canvas above draws it), so screen readers, the page's search and focus
 * rings find it where the eye does.
 */
export const EventControl = memo(function EventControl({
  placed: p,
  g,
  selected,
  tabbable,
  onSelect,
}: Props) {
  const { t, dates } = useI18n();
  const rtl = useTimeDirection() === 'rtl';
  const e = p.event;
  const date = dates.event(e);
  const name = t(
    e.background
      ? p.mark.uncited
        ? 'mark.nameBackgroundUncited'
        : 'mark.nameBackground'
      : p.mark.uncited
        ? 'mark.nameUncited'
        : 'mark.name',
    { title: e.title, date },
  );
  // The box: from the dot's left (or the label's, before the mark) to the mark's end.
  const left = p.side === 'after' ? p.x - g.markWidth / 2 : p.x;
  const room = p.mark.shape === 'range' ? barTop(g.rowHeight) : g.rowHeight;
  const lineHeight = 15;
  return (
    <button
      type="button"
      className="tl-event"
      data-event-id={e.id}
      data-lane={e.lane}
      data-shape={p.mark.shape}
      // Where its mark starts in time, px from the plot's left (its right end, when time runs
      // right to left): the label may be on either side of it.
      data-mark-x={(rtl ? p.mark.x1 : p.mark.x0).toFixed(1)}
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      title={p.elided ? t('mark.elided', { title: e.title, date }) : undefined}
      style={{
        transform: `translate(${left}px, ${g.headerHeight + p.row * g.rowHeight}px)`,
        width: p.boxEnd - left,
        height: g.rowHeight,
      }}
      onClick={() => onSelect(e.id)}
    >
      <span
        className={`tl-label${p.side === 'before' ? ' is-before' : ''}${p.mark.uncited ? ' is-uncited' : ''}`}
        style={{
          left: p.textX - left,
          width: p.labelWidth,
          top: room / 2 - (p.lines.length * lineHeight) / 2,
        }}
      >
        {p.lines.map((line, i) => (
          <span key={i} className="tl-line" dir="auto">
            {line}
          </span>
        ))}
      </span>
    </button>
  );
});
