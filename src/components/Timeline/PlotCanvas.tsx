import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { paintTimeline, type PaintInput } from './paint/paintTimeline';

/** Extra height painted above and below what is on screen, so a scroll shows no gap. */
const MARGIN = 120;

/**
 * The canvas the marks and labels are painted on, over the controls (it takes no pointer
 * events). It covers the part of the plot that is on screen (and a margin), not the whole
 * plot: a software-rendered canvas costs in proportion to its area on every frame, and a
 * tall timeline can be many screens high. Sized in device pixels, so it is crisp at any
 * devicePixelRatio; repainted after each commit that changes what it shows, and on scroll.
 */
export function PlotCanvas({ input }: { readonly input: PaintInput | null }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const latest = useRef(input);

  const paint = useCallback(() => {
    const canvas = ref.current;
    const input = latest.current;
    const plot = canvas?.parentElement;
    const view = canvas?.ownerDocument.defaultView;
    if (!canvas || !input || !plot || !view) return;
    const { width, height } = input.layout;
    const viewport = view.innerHeight || height;
    const h = Math.max(1, Math.min(height, viewport + 2 * MARGIN));
    const top = Math.round(
      Math.min(Math.max(-plot.getBoundingClientRect().top - MARGIN, 0), height - h),
    );
    const dpr = view.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(width * dpr));
    const hp = Math.max(1, Math.round(h * dpr));
    // Resizing a canvas reallocates it: only when the size really changes.
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== hp) canvas.height = hp;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${h}px`;
    canvas.style.transform = `translateY(${top}px)`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return; // no canvas (jsdom): the controls still carry everything
    ctx.setTransform(dpr, 0, 0, dpr, 0, -top * dpr);
    paintTimeline(ctx, { ...input, rows: [top, top + h] });
  }, []);

  useLayoutEffect(() => {
    latest.current = input;
    paint();
  }, [input, paint]);

  useEffect(() => {
    const canvas = ref.current;
    const view = canvas?.ownerDocument.defaultView;
    if (!canvas || !view) return;
    let frame = 0;
    const later = () => {
      if (!frame)
        frame = view.requestAnimationFrame(() => {
          frame = 0;
          paint();
        });
    };
    // Scroll events do not bubble, but capturing listeners see them: the page's, and those
    // of a scrolling element inside the component's shadow root.
    const root = canvas.getRootNode();
    const targets: EventTarget[] = root === canvas.ownerDocument ? [view] : [view, root];
    for (const t of targets) t.addEventListener('scroll', later, { capture: true, passive: true });
    view.addEventListener('resize', later);
    return () => {
      view.cancelAnimationFrame(frame);
      for (const t of targets) t.removeEventListener('scroll', later, { capture: true });
      view.removeEventListener('resize', later);
    };
  }, [paint]);

  return <canvas ref={ref} className="tl-canvas" aria-hidden="true" />;
}
