import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether a gesture (wheel, drag, pinch) is under way: true from its first event until
 * `settle` ms after the frame that showed its last one. While it is, the canvas follows
 * every frame and the DOM of controls waits, so a frame costs a repaint, not a restyle of
 * every event. The wait starts when that frame is drawn, not when the event came: on a busy
 * machine a slow frame then does not pass for the end of the gesture.
 */
export function useMotion(settle = 100): [moving: boolean, onGesture: () => void] {
  const [moving, setMoving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const frame = useRef(0);
  const onGesture = useCallback(() => {
    setMoving(true);
    clearTimeout(timer.current);
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      timer.current = setTimeout(() => setMoving(false), settle);
    });
  }, [settle]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      cancelAnimationFrame(frame.current);
    },
    [],
  );
  return [moving, onGesture];
}
