import { useRef, useState } from 'react';
import { chapterWindow, MINUTE, type ChapterWindow } from '../../core';
import { useI18n, useTimelineStore, useTimelineStoreApi } from '../../state';
import type { ImageInput } from './image/paintImage';

const EMPTY: readonly ChapterWindow[] = [];

interface Props {
  /** The picture of the view as it is now, for "Download image"; null before it is drawn. */
  readonly image?: () => { input: ImageInput; name: string } | null;
}

/** Chapters, zoom buttons, "Fit", "Download image" and the legend of how dates are drawn. */
export function Toolbar({ image }: Props) {
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
      {image && <ImageMenu image={image} />}
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

/**
 * "Download image": the view as SVG or as PNG at twice its pixels, drawn from the layout by
 * the painter (its own chunk, fetched the first time one is asked for).
 */
function ImageMenu({ image }: { image: NonNullable<Props['image']> }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLDetailsElement>(null);
  const download = async (format: 'svg' | 'png') => {
    const picture = image();
    if (!picture || !ref.current) return;
    try {
      const { downloadImage } = await import('./image/downloadImage');
      const file = await downloadImage(
        format,
        picture.input,
        ref.current.ownerDocument,
        picture.name,
      );
      setStatus(t('image.done', { name: file }));
      ref.current.open = false;
    } catch (e) {
      setStatus(t('image.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="download tl-image">
      <details ref={ref}>
        <summary>{t('image.menu')}</summary>
        <ul>
          <li>
            <button type="button" onClick={() => void download('svg')}>
              {t('image.svg')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void download('png')}>
              {t('image.png')}
            </button>
          </li>
        </ul>
      </details>
      <span role="status" className="download-status">
        {status}
      </span>
    </div>
  );
}
