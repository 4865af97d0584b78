import { chapterWindow, MINUTE, type ChapterWindow } from '../../core';
import { useI18n, useTimelineStore, useTimelineStoreApi } from '../../state';

const EMPTY: readonly ChapterWindow[] = [];

/** Chapters, zoom buttons, "Fit" and the legend of how dates are drawn. */
export function Toolbar() {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const chapters = useTimelineStore((s) => s.timeline?.chapters ?? EMPTY);
  const current = useTimelineStore((s) => s.window);
  const limits = useTimelineStore((s) => s.limits);
  const zoom = (k: number) => store.getState().zoomBy(k);
  // Within a minute: the URL keeps windows to the minute.
  const isCurrent = (c: ChapterWindow) => {
    if (!current || !limits) return false;
    const w = chapterWindow(c, limits);
    return Math.abs(current[0] - w[0]) < MINUTE && Math.abs(current[1] - w[1]) < MINUTE;
  };
  return (
    <div className="tl-toolbar">
      {chapters.length > 0 && (
        <nav className="tl-chapters" aria-label={t('timeline.chapters')}>
          {chapters.map((c) => (
            <button
              key={c.id}
              type="button"
              dir="auto"
              aria-pressed={isCurrent(c)}
              onClick={() => store.getState().showChapter(c.id)}
            >
              {c.label}
            </button>
          ))}
        </nav>
      )}
      <div className="tl-zoom" role="group" aria-label={t('timeline.zoom')}>
        <button type="button" onClick={() => zoom(2)} aria-label={t('timeline.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(0.5)} aria-label={t('timeline.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => store.getState().fit()}>
          {t('timeline.fit')}
        </button>
      </div>
      <ul className="tl-legend" aria-label={t('timeline.legend')}>
        <li>
          <span className="lg lg-point" aria-hidden="true" />
          {t('legend.point')}
        </li>
        <li>
          <span className="lg lg-range" aria-hidden="true" />
          {t('legend.range')}
        </li>
        <li>
          <span className="lg lg-imprecise" aria-hidden="true" />
          {t('legend.imprecise')}
        </li>
        <li>
          <span className="lg lg-approx" aria-hidden="true" />
          {t('legend.approx')}
        </li>
      </ul>
    </div>
  );
}
