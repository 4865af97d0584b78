import { fullExtent, padWindow, zoomWindow, type EpochMs } from '../../core';
import { useTimelineStore, useTimelineStoreApi } from '../../state';

/** Chapters, zoom buttons, "Fit" and the legend of how dates are drawn. */
export function Toolbar({ extent }: { extent: readonly [EpochMs, EpochMs] }) {
  const store = useTimelineStoreApi();
  const chapters = useTimelineStore((s) => s.timeline?.chapters ?? []);
  const current = useTimelineStore((s) => s.window);
  const zoom = (k: number) => {
    const w = store.getState().window ?? extent;
    store.getState().setWindow(zoomWindow(w, k, (w[0] + w[1]) / 2, extent));
  };
  const isCurrent = (c: { start: number; end: number }) => {
    const [a, b] = padWindow([c.start, c.end]);
    return !!current && Math.abs(current[0] - a) < 60_000 && Math.abs(current[1] - b) < 60_000;
  };
  return (
    <div className="tl-toolbar">
      {chapters.length > 0 && (
        <nav className="tl-chapters" aria-label="Chapters">
          {chapters.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={isCurrent(c)}
              onClick={() => store.getState().setWindow(padWindow([c.start, c.end]))}
            >
              {c.label}
            </button>
          ))}
        </nav>
      )}
      <div className="tl-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom out">
          −
        </button>
        <button
          type="button"
          onClick={() =>
            store.getState().setWindow(fullExtent(store.getState().timeline?.events ?? []))
          }
        >
          Fit
        </button>
      </div>
      <ul className="tl-legend" aria-label="Legend">
        <li>
          <span className="lg lg-point" aria-hidden="true" />a day or a time
        </li>
        <li>
          <span className="lg lg-range" aria-hidden="true" />a range
        </li>
        <li>
          <span className="lg lg-imprecise" aria-hidden="true" />a month or a year
        </li>
        <li>
          <span className="lg lg-approx" aria-hidden="true" />
          approximate
        </li>
      </ul>
    </div>
  );
}
