import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: from the browser's own print (Ctrl+P, the menu: the
 * `beforeprint` event, answered at once so the printout holds what it renders), from print
 * media (a PDF made by a headless browser, print preview), or from `print()` here (a "Print"
 * control). The chronology is rendered only then, so a large dataset costs nothing on screen.
 */
export function usePrinting(
  win: Window,
  /** Brings what printing shows (its chunk), before the Print control prints. */
  prepare: () => Promise<unknown> = () => Promise.resolve(),
): [printing: boolean, print: () => void] {
  const media = win.matchMedia?.('print');
  const [printing, setPrinting] = useState(() => media?.matches ?? false);
  useEffect(() => {
    const mq = win.matchMedia?.('print');
    const onMedia = () => setPrinting(mq?.matches ?? false);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(mq?.matches ?? false);
    win.addEventListener('beforeprint', before);
    win.addEventListener('afterprint', after);
    mq?.addEventListener?.('change', onMedia);
    return () => {
      win.removeEventListener('beforeprint', before);
      win.removeEventListener('afterprint', after);
      mq?.removeEventListener?.('change', onMedia);
    };
  }, [win]);
  const print = useCallback(() => {
    void prepare().then(() => {
      flushSync(() => setPrinting(true));
      win.print();
    });
  }, [win, prepare]);
  return [printing, print];
}
