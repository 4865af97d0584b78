import { useEffect, useState } from 'react';
import type { DeskEnv } from '../env';
import { useDeskStoreApi } from '../state/DeskProvider';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** How long after a change the draft is written to the browser's storage. */
const DELAY_MS = 250;

/**
 * Keeps the draft in IndexedDB as it changes (shortly after each change, and at once when
 * the page is hidden or closed), so a reload or a crash loses at most the last instant.
 */
export function useAutosave(env: DeskEnv): AutosaveStatus {
  const desk = useDeskStoreApi();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  useEffect(() => {
    let timer: number | undefined;
    let pending = false;
    const write = () => {
      if (!pending) return;
      pending = false;
      env.win.clearTimeout(timer);
      setStatus('saving');
      env.storage.save(desk.getState().place.target.key, desk.getState().draft).then(
        () => setStatus('saved'),
        () => setStatus('failed'),
      );
    };
    const unsubscribe = desk.subscribe((s, prev) => {
      if (s.draft === prev.draft) return;
      pending = true;
      env.win.clearTimeout(timer);
      timer = env.win.setTimeout(write, DELAY_MS);
    });
    const onHide = () => write();
    env.win.addEventListener('pagehide', onHide);
    env.win.document.addEventListener('visibilitychange', onHide);
    return () => {
      write();
      unsubscribe();
      env.win.removeEventListener('pagehide', onHide);
      env.win.document.removeEventListener('visibilitychange', onHide);
    };
  }, [env, desk]);
  return status;
}
