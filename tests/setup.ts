// jest-dom matchers, and unmounting between component tests (vitest has no globals here).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// jsdom has no canvas: getContext() prints "Not implemented" and returns undefined. A
// browser without the context type returns null, which the text measurer already handles.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return null;
  } as typeof HTMLCanvasElement.prototype.getContext;
}

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
