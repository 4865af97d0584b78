/**
 * Ends the current task so the page can paint and answer input, then carries on: the
 * scheduler's yield where there is one, else a message to ourselves (a setTimeout would wait
 * at least 4 ms each time once nested).
 */
export function pause(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
