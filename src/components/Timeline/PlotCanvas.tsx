import { useLayoutEffect, useRef } from 'react';
import { paintTimeline, type PaintInput } from './paint/paintTimeline';

/**
 * The canvas the marks and labels are painted on, over the controls (it takes no pointer
 * events). Sized in device pixels so it is crisp at any devicePixelRatio; repainted after
 * every commit that changes what it shows.
 */
export function PlotCanvas({ input }: { readonly input: PaintInput | null }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || !input) return;
    const dpr = canvas.ownerDocument.defaultView?.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(input.layout.width * dpr));
    const h = Math.max(1, Math.round(input.layout.height * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return; // no canvas (jsdom): the controls still carry everything
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintTimeline(ctx, input);
  }, [input]);
  return (
    <canvas
      ref={ref}
      className="tl-canvas"
      aria-hidden="true"
      style={input ? { width: input.layout.width, height: input.layout.height } : undefined}
    />
  );
}
