import type { AxisTick } from '../../core';

/**
 * Tick labels above the plot (the grid lines are painted with the marks). A label the frame
 * would cut is left out by placeTickLabels; its tick mark stays. `ticks` are laid out with
 * time forward; when time runs right to left each is set as far from the right edge, its
 * label before its line (to its left), as the mirrored plot has it. `clock` ("UTC+01:00")
 * names the clock times of day are read by, at the end time runs towards.
 */
export function Axis({
  ticks,
  width,
  rtl = false,
  clock = null,
}: {
  ticks: readonly AxisTick[];
  width: number;
  rtl?: boolean;
  clock?: string | null;
}) {
  return (
    <div className={rtl ? 'tl-axis is-rtl' : 'tl-axis'} aria-hidden="true" style={{ width }}>
      {ticks.map((t) => (
        <span
          key={t.t}
          className={`tl-tick${t.major ? ' is-major' : ''}${t.labelShown ? '' : ' is-bare'}`}
          style={rtl ? { right: t.x } : { left: t.x }}
        >
          {t.labelShown ? t.label : ''}
        </span>
      ))}
      {clock && <span className="tl-axis-clock">{clock}</span>}
    </div>
  );
}
