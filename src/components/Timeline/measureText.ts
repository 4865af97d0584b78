/**
 * A text measurer for the label layout, injected into core so core stays DOM-free.
 * Canvas where there is one; a per-character estimate where there isn't (jsdom).
 */
export function createTextMeasurer(
  font: string,
  doc: Document = document,
): (text: string) => number {
  const cache = new Map<string, number>();
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = doc.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  if (ctx) ctx.font = font;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = ctx ? Math.ceil(ctx.measureText(text).width) : text.length * 7;
      cache.set(text, w);
    }
    return w;
  };
}
