import { imageFrame, paintImage, type ImageInput } from './paintImage';
import { SvgSurface, type ImageSurface } from './svgSurface';
import { saveBlob } from '../../saveBlob';

/** A text's width in a font, by a canvas of the document (cached: labels repeat). */
function canvasMeasurer(doc: Document): (text: string, font: string) => number {
  const ctx = doc.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\n${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) ctx.font = font;
      w = ctx ? ctx.measureText(text).width : text.length * 7;
      cache.set(key, w);
    }
    return w;
  };
}

/** The picture of the view as an SVG document (text as text). */
export function imageSvg(input: ImageInput, doc: Document): string {
  const measure = canvasMeasurer(doc);
  const svg = new SvgSurface(input.paint.theme.bg, measure);
  const f = paintImage(svg, input, measure);
  return svg.toString(f.width, f.height, input.title);
}

/**
 * The picture as a PNG at twice the pixels of its CSS size: the same painter on a canvas
 * scaled by 2 (no SVG decoded into an image, so nothing a strict CSP forbids).
 */
export function imagePng(input: ImageInput, doc: Document): Promise<Blob> {
  const measure = canvasMeasurer(doc);
  const f = imageFrame(input, measure);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.ceil(f.width * 2);
  canvas.height = Math.ceil(f.height * 2);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no canvas'));
  ctx.scale(2, 2);
  paintImage(ctx as ImageSurface, input, measure);
  return new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

/** Makes the picture in a format and downloads it as `name.svg` or `name.png`. */
export async function downloadImage(
  format: 'svg' | 'png',
  input: ImageInput,
  doc: Document,
  name: string,
) {
  const blob =
    format === 'svg'
      ? new Blob([imageSvg(input, doc)], { type: 'image/svg+xml;charset=utf-8' })
      : await imagePng(input, doc);
  const file = `${name}.${format}`;
  saveBlob(doc, file, blob);
  return file;
}
