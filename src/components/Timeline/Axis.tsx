import type { AxisTick } from '../../core';

/**
 * Tick labels above the plot (the grid lines are painted with the marks). A label the frame
 * would cut is left out by placeTickLabels; its tick mark stays.
 */
export function Axis({ ticks, width }: { ticks: readonly AxisTick[]; width: number }) {
  return (
    <div className="tl-axis" aria-hidden="true" style={{ width }}>
      {ticks.map((t) => (
        <span
          key={t.t}
          className={`tl-tick${t.major ? ' is-major' : ''}${t.labelShown ? '' : ' is-bare'}`}
          style={{ left: t.x }}
        >
          {t.labelShown ? t.label : ''}
        </span>
      ))}
    </div>
  );
}
