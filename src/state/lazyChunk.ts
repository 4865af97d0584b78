import { useEffect, useState } from 'react';

/**
 * A part of the app that first paint does not need, in a chunk of its own: loaded the first
 * time it is shown, then at hand. This is how the source reader, the event panels, and any
 * feature of the same kind (exports, the desk) stay out of what a reader downloads before the
 * timeline appears; `npm run build` checks it (scripts/payloadBudget.ts).
 */
export interface LazyChunk<T> {
  /** The module, once it has loaded. */
  readonly current: T | null;
  load(): Promise<T>;
}

export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let loading: Promise<T> | null = null;
  const chunk = {
    current: null as T | null,
    load: () =>
      (loading ??= importer().then((m) => {
        chunk.current = m;
        return m;
      })),
  };
  return chunk;
}

/** Resolves once the page has painted the frame being rendered now. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * The chunk's module while `needed` (loading it when it first is), else null. `later`: not
 * before the frame being rendered has been painted (a control that can appear a frame late).
 */
export function useChunk<T>(chunk: LazyChunk<T>, needed: boolean, later = false): T | null {
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!needed || chunk.current) return;
    let live = true;
    void (later ? afterPaint() : Promise.resolve())
      .then(chunk.load)
      .then(() => live && loaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [chunk, needed, later]);
  return needed ? chunk.current : null;
}
