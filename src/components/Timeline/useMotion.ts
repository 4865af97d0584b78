import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether a gesture (wheel, drag, pinch) is under way: true from its first event until
 * `settle` ms after its last. While it is, the canvas follows every frame and the DOM of
 * controls waits, so a frame costs a repaint, not a restyle of every event.
 */
export function useMotion(settle = 100): [moving: boolean, onGesture: () => void] {
  const [moving, setMoving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onGesture = useCallback(() => {
    setMoving(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMoving(false), settle);
  }, [settle]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [moving, onGesture];
}
