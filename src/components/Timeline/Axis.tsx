import type { Tick } from '../../core';

/** Tick labels above the plot; the grid lines are drawn by the plot itself. */
export function Axis({ ticks, width }: { ticks: readonly Tick[]; width: number }) {
  return (
    <div className="tl-axis" aria-hidden="true" style={{ width }}>
      {ticks.map((t) => (
        <span key={t.t} className={t.major ? 'tl-tick is-major' : 'tl-tick'} style={{ left: t.x }}>
          {t.label}
        </span>
      ))}
    </div>
  );
}
