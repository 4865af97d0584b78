import { createContext, useContext, useEffect } from 'react';
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
