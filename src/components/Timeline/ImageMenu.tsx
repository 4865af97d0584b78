import { useRef, useState } from 'react';
import '../../styles/menus.css';
import { useI18n } from '../../state';
import type { ImageSource } from './imageSource';
import { keepOpenMenuInView } from '../keepInView';

// Its own chunk (app/chunks.ts): the header shows it a frame after the timeline.

/**
 * "Download image": the view as SVG or as PNG at twice its pixels, drawn from the layout by
 * the painter (its own chunk, fetched the first time one is asked for).
 */
export function ImageMenu({ source }: { source: ImageSource }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLDetailsElement>(null);
  const download = async (format: 'svg' | 'png') => {
    const picture = source.draw();
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
    <div className="tl-image">
      <details ref={ref} onToggle={keepOpenMenuInView}>
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
      <span role="status" className="image-status">
        {status}
      </span>
    </div>
  );
}
