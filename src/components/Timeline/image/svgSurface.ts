import type { Surface } from '../paint/surface';

/** The few calls the painter makes that a canvas has and this writer adds: a translation. */
export type ImageSurface = Surface & Pick<CanvasRenderingContext2D, 'translate'>;

interface State {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  direction: CanvasDirection;
  dash: number[];
  dx: number;
  dy: number;
  /** Open <g clip-path> groups this state added. */
  clips: number;
}

const n = (v: number) => String(Math.round(v * 100) / 100);
const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A CSS font shorthand ("italic 600 13px system-ui, sans-serif") as SVG attributes. */
function fontAttributes(font: string): string {
  const m =
    /^\s*((?:(?:italic|oblique|normal|bold|bolder|lighter|\d{3})\s+)*)([\d.]+)px(?:\/[\d.]+(?:px)?)?\s+(.+)$/.exec(
      font,
    );
  if (!m) return `font-family="${esc(font)}"`;
  const words = m[1]!.trim().split(/\s+/).filter(Boolean);
  const style = words.find((w) => w === 'italic' || w === 'oblique');
  const weight = words.find((w) => /^(bold|bolder|lighter|\d{3})$/.test(w));
  return [
    `font-family="${esc(m[3]!.replace(/"/g, "'"))}"`,
    `font-size="${m[2]}"`,
    style ? `font-style="${style}"` : '',
    weight ? `font-weight="${weight}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The painter's surface written as SVG: each fill, stroke and text the painter draws on a
 * canvas becomes an element, so the same layout painted here is the same picture as a
 * vector, with its text as text. `clear` is the colour cleared areas take (a file has no
 * page behind it); `measure` gives a text's width in a font (the canvas's own measurer).
 */
export class SvgSurface implements ImageSurface {
  fillStyle = '#000';
  strokeStyle = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '10px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  direction: CanvasDirection = 'ltr';
  #dash: number[] = [];
  #dx = 0;
  #dy = 0;
  #clips = 0;
  #clipIds = 0;
  #stack: State[] = [];
  #path = '';
  #out: string[] = [];

  constructor(
    private readonly clear: string,
    private readonly measure: (text: string, font: string) => number,
  ) {}

  /** The drawing as an SVG document, `width` × `height` px. */
  toString(width: number, height: number, title: string): string {
    const body = [...this.#out, '</g>'.repeat(this.#clips)].join('\n');
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">\n` +
      `<title>${esc(title)}</title>\n${body}\n</svg>\n`
    );
  }

  save() {
    this.#stack.push({
      fillStyle: this.fillStyle,
      strokeStyle: this.strokeStyle,
      lineWidth: this.lineWidth,
      globalAlpha: this.globalAlpha,
      font: this.font,
      textAlign: this.textAlign,
      textBaseline: this.textBaseline,
      direction: this.direction,
      dash: this.#dash,
      dx: this.#dx,
      dy: this.#dy,
      clips: this.#clips,
    });
    this.#clips = 0;
  }

  restore() {
    const s = this.#stack.pop();
    if (!s) return;
    // Clips set since the matching save() end with it.
    this.#out.push('</g>'.repeat(this.#clips));
    Object.assign(this, {
      fillStyle: s.fillStyle,
      strokeStyle: s.strokeStyle,
      lineWidth: s.lineWidth,
      globalAlpha: s.globalAlpha,
      font: s.font,
      textAlign: s.textAlign,
      textBaseline: s.textBaseline,
      direction: s.direction,
    });
    this.#dash = s.dash;
    this.#dx = s.dx;
    this.#dy = s.dy;
    this.#clips = s.clips;
  }

  translate(x: number, y: number) {
    this.#dx += x;
    this.#dy += y;
  }

  setLineDash(segments: Iterable<number>) {
    this.#dash = [...segments];
  }

  #opacity() {
    return this.globalAlpha < 1 ? ` opacity="${n(this.globalAlpha)}"` : '';
  }

  clearRect(x: number, y: number, w: number, h: number) {
    this.#out.push(
      `<rect x="${n(x + this.#dx)}" y="${n(y + this.#dy)}" width="${n(w)}" height="${n(h)}" fill="${esc(this.clear)}"/>`,
    );
  }

  fillRect(x: number, y: number, w: number, h: number) {
    if (w <= 0 || h <= 0) return;
    this.#out.push(
      `<rect x="${n(x + this.#dx)}" y="${n(y + this.#dy)}" width="${n(w)}" height="${n(h)}" fill="${esc(this.fillStyle)}"${this.#opacity()}/>`,
    );
  }

  beginPath() {
    this.#path = '';
  }

  closePath() {
    this.#path += 'Z';
  }

  moveTo(x: number, y: number) {
    this.#path += `M${n(x + this.#dx)} ${n(y + this.#dy)}`;
  }

  lineTo(x: number, y: number) {
    this.#path += `L${n(x + this.#dx)} ${n(y + this.#dy)}`;
  }

  arc(x: number, y: number, r: number, start: number, end: number, ccw = false) {
    const cx = x + this.#dx;
    const cy = y + this.#dy;
    const at = (a: number) => `${n(cx + r * Math.cos(a))} ${n(cy + r * Math.sin(a))}`;
    let sweep = ccw ? start - end : end - start;
    if (sweep >= 2 * Math.PI - 1e-9) {
      // A whole circle: two half arcs (one arc command cannot end where it starts).
      const mid = start + Math.PI;
      this.#path += `${this.#path ? 'L' : 'M'}${at(start)}A${n(r)} ${n(r)} 0 1 1 ${at(mid)}A${n(r)} ${n(r)} 0 1 1 ${at(start)}`;
      return;
    }
    sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    this.#path += `${this.#path ? 'L' : 'M'}${at(start)}A${n(r)} ${n(r)} 0 ${sweep > Math.PI ? 1 : 0} ${ccw ? 0 : 1} ${at(end)}`;
  }

  rect(x: number, y: number, w: number, h: number) {
    const x0 = x + this.#dx;
    const y0 = y + this.#dy;
    this.#path += `M${n(x0)} ${n(y0)}h${n(w)}v${n(h)}h${n(-w)}Z`;
  }

  roundRect(
    x: number,
    y: number,
    w: number,
    h: number,
    radii?: number | DOMPointInit | Iterable<number | DOMPointInit>,
  ) {
    const r0 = typeof radii === 'number' ? radii : 0;
    const r = Math.max(0, Math.min(r0, Math.abs(w) / 2, Math.abs(h) / 2));
    const x0 = x + this.#dx;
    const y0 = y + this.#dy;
    if (r === 0) return this.rect(x, y, w, h);
    this.#path +=
      `M${n(x0 + r)} ${n(y0)}h${n(w - 2 * r)}a${n(r)} ${n(r)} 0 0 1 ${n(r)} ${n(r)}` +
      `v${n(h - 2 * r)}a${n(r)} ${n(r)} 0 0 1 ${n(-r)} ${n(r)}h${n(-(w - 2 * r))}` +
      `a${n(r)} ${n(r)} 0 0 1 ${n(-r)} ${n(-r)}v${n(-(h - 2 * r))}a${n(r)} ${n(r)} 0 0 1 ${n(r)} ${n(-r)}Z`;
  }

  fill() {
    if (!this.#path) return;
    this.#out.push(`<path d="${this.#path}" fill="${esc(this.fillStyle)}"${this.#opacity()}/>`);
  }

  stroke() {
    if (!this.#path) return;
    const dash = this.#dash.length ? ` stroke-dasharray="${this.#dash.map(n).join(' ')}"` : '';
    this.#out.push(
      `<path d="${this.#path}" fill="none" stroke="${esc(this.strokeStyle)}" stroke-width="${n(this.lineWidth)}"${dash}${this.#opacity()}/>`,
    );
  }

  clip() {
    const id = `c${++this.#clipIds}`;
    this.#out.push(`<clipPath id="${id}"><path d="${this.#path}"/></clipPath>`);
    this.#out.push(`<g clip-path="url(#${id})">`);
    this.#clips++;
  }

  measureText(text: string): TextMetrics {
    return { width: this.measure(text, this.font) } as TextMetrics;
  }

  fillText(text: string, x: number, y: number) {
    const rtl = this.direction === 'rtl';
    // The canvas's alignment as SVG's anchor, which follows the text's own direction.
    const anchor =
      this.textAlign === 'center'
        ? 'middle'
        : this.textAlign === 'left'
          ? rtl
            ? 'end'
            : 'start'
          : this.textAlign === 'right'
            ? rtl
              ? 'start'
              : 'end'
            : this.textAlign === 'end'
              ? 'end'
              : 'start';
    const baseline =
      this.textBaseline === 'middle'
        ? ' dominant-baseline="central"'
        : this.textBaseline === 'top' || this.textBaseline === 'hanging'
          ? ' dominant-baseline="hanging"'
          : '';
    this.#out.push(
      `<text x="${n(x + this.#dx)}" y="${n(y + this.#dy)}" text-anchor="${anchor}"${baseline}${rtl ? ' direction="rtl"' : ''} ${fontAttributes(this.font)} fill="${esc(this.fillStyle)}"${this.#opacity()} xml:space="preserve">${esc(text)}</text>`,
    );
  }
}
