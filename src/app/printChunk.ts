import { useEffect, useState } from 'react';

type PrintModule = typeof import('../components/PrintChronology');

// The printed chronology is its own chunk: first paint does not carry it; it is fetched once
// the timeline is up (so Ctrl+P finds it), or when printing asks for it.
let loaded: PrintModule | null = null;
let loading: Promise<PrintModule> | null = null;

/** Fetches the chronology's chunk (once). */
export const loadPrintChunk = (): Promise<PrintModule> =>
  (loading ??= import('../components/PrintChronology').then((m) => (loaded = m)));

/** The chunk's module once it is here (fetching it when `needed` and it is not). */
export function usePrintChunk(needed: boolean): PrintModule | null {
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    void loadPrintChunk().then(() => live && rerender((n) => n + 1));
    return () => {
      live = false;
    };
  }, [needed]);
  return loaded;
}
