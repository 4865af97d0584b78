import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../state';
import type { ImageInput } from './image/paintImage';

/** The picture of the view as it is now, and the name its file takes. */
export interface Picture {
  readonly input: ImageInput;
  readonly name: string;
}

/** Where the timeline on screen puts what draws its picture, for a menu outside it to call. */
export interface ImageSource {
  set(draw: (() => Picture | null) | null): void;
  draw(): Picture | null;
}

/** A place for the picture's source, one per app. */
export function createImageSource(): ImageSource {
  let current: (() => Picture | null) | null = null;
  return {
    set: (draw) => {
      current = draw;
    },
    draw: () => current?.() ?? null,
  };
}

const ImageSourceContext = createContext<ImageSource | null>(null);
export const ImageSourceProvider = ImageSourceContext.Provider;

/** The timeline registers how to draw its picture while it is shown. */
export function useImageSource(draw: () => Picture | null) {
  const source = useContext(ImageSourceContext);
  useEffect(() => {
    source?.set(draw);
    return () => source?.set(null);
  }, [source, draw]);
}

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
      <span role="status" className="image-status">
        {status}
      </span>
    </div>
  );
}
