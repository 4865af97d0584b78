import { ownDirection, wrapLabel, type AxisTick } from '../../../core';
import { paintTimeline, type PaintInput } from '../paint/paintTimeline';
import type { ImageSurface } from './svgSurface';

/** What the picture of the view holds besides the plot the canvas shows. */
export interface ImageInput {
  /** The plot as painted on screen (its layout holds every lane, not just the visible rows). */
  readonly paint: PaintInput;
  /** The axis as shown: each tick's x on the plot, its label, and whether the label fits. */
  readonly ticks: readonly AxisTick[];
  /** Time right to left: tick labels sit before their line, to its left. */
  readonly rtl: boolean;
  /** The interface's direction: where the title, legend and credit start. */
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  /** The window, worded ("8–14 January 2022"). */
  readonly subtitle: string;
  readonly legend: readonly { readonly kind: LegendKind; readonly label: string }[];
  /** "Sources: …", wrapped to the width. */
  readonly credit: string;
  /** Lane names as the page shows them (upper-cased where the script has case). */
  readonly laneName: (label: string) => string;
}

export type LegendKind = 'point' | 'range' | 'period' | 'approximate';

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const FONTS = {
  title: `700 18px ${FAMILY}`,
  subtitle: `13px ${FAMILY}`,
  tick: `11.5px ${FAMILY}`,
  tickMajor: `600 11.5px ${FAMILY}`,
  lane: `600 11.5px ${FAMILY}`,
  legend: `12px ${FAMILY}`,
  credit: `11px ${FAMILY}`,
};
const MARGIN = 16;
const AXIS = 24;

/** Words of `text` in lines no wider than `width` (a long word gets a line of its own). */
function wrap(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where the parts of the picture go: computed first, so a canvas can be sized before painting. */
export function imageFrame(input: ImageInput, measure: (text: string, font: string) => number) {
  const width = input.paint.layout.width + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const titleLines = wrap(input.title, inner, (t) => measure(t, FONTS.title));
  const creditLines = wrap(input.credit, inner, (t) => measure(t, FONTS.credit));
  const head = MARGIN + titleLines.length * 24 + 20 + 8;
  const plotTop = head + AXIS;
  const legendTop = plotTop + input.paint.layout.height + 12;
  const creditTop = legendTop + 28;
  const height = creditTop + creditLines.length * 15 + MARGIN;
  return { width, height, titleLines, creditLines, head, plotTop, legendTop, creditTop };
}

/**
 * The picture of the current window, painted from the same layout as the screen: title and
 * window, the axis, every lane with its name and every mark and label the painter draws,
 * the legend and the sources credited. On any surface the painter draws on: an SVG writer
 * for the vector image, a canvas at twice the pixels for the PNG.
 */
export function paintImage(
  ctx: ImageSurface,
  input: ImageInput,
  measure: (text: string, font: string) => number,
) {
  const f = imageFrame(input, measure);
  const { theme } = input.paint;
  const inner = f.width - 2 * MARGIN;
  const startX = input.dir === 'rtl' ? f.width - MARGIN : MARGIN;
  const text = (
    s: string,
    x: number,
    y: number,
    font: string,
    colour: string,
    align: CanvasTextAlign,
  ) => {
    ctx.font = font;
    ctx.fillStyle = colour;
    ctx.textAlign = align;
    ctx.direction = ownDirection(s);
    ctx.fillText(s, x, y);
  };
  const startAlign: CanvasTextAlign = input.dir === 'rtl' ? 'right' : 'left';

  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.textBaseline = 'middle';
  f.titleLines.forEach((line, i) =>
    text(line, startX, MARGIN + 12 + i * 24, FONTS.title, theme.fg, startAlign),
  );
  text(
    input.subtitle,
    startX,
    MARGIN + f.titleLines.length * 24 + 10,
    FONTS.subtitle,
    theme.muted,
    startAlign,
  );

  // The axis: a band, and each tick's label beside its line (after it, in time's direction).
  ctx.save();
  ctx.translate(MARGIN, f.head);
  ctx.fillStyle = theme.panel;
  ctx.fillRect(0, 0, inner, AXIS);
  ctx.fillStyle = theme.line;
  ctx.fillRect(0, AXIS - 1, inner, 1);
  for (const t of input.ticks) {
    const x = input.rtl ? inner - t.x : t.x;
    ctx.fillStyle = theme.line;
    ctx.fillRect(Math.round(x), 4, 1, 16);
    if (t.labelShown)
      text(
        t.label,
        input.rtl ? x - 4 : x + 5,
        12,
        t.major ? FONTS.tickMajor : FONTS.tick,
        t.major ? theme.fg : theme.muted,
        input.rtl ? 'right' : 'left',
      );
  }
  ctx.restore();

  // The plot, all of it, then each lane's name and colour over its first line.
  ctx.save();
  ctx.translate(MARGIN, f.plotTop);
  paintTimeline(ctx, { ...input.paint, selectedId: null, rows: [0, input.paint.layout.height] });
  for (const band of input.paint.layout.bands) {
    // A name longer than the picture is wide ends in "…", as on the page.
    const name =
      wrapLabel(
        input.laneName(band.lane.label),
        inner - 8 - 16 - 8,
        (t) => measure(t, FONTS.lane),
        1,
      ).lines[0] ?? '';
    const colour = theme.lanes[band.index] ?? theme.accent;
    const rtlName = input.dir === 'rtl';
    const swatchX = rtlName ? inner - 8 - 10 : 8;
    ctx.fillStyle = colour;
    ctx.fillRect(swatchX, band.top + 6, 10, 10);
    text(
      name,
      rtlName ? swatchX - 6 : swatchX + 16,
      band.top + 11,
      FONTS.lane,
      theme.fg,
      startAlign,
    );
  }
  ctx.restore();

  // The legend: the four ways a date is drawn, each with its words.
  ctx.save();
  ctx.translate(0, f.legendTop);
  let x = startX;
  const step = (w: number) => (x += input.dir === 'rtl' ? -w : w);
  const colour = theme.muted;
  for (const item of input.legend) {
    const g0 = input.dir === 'rtl' ? x - 18 : x;
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    if (item.kind === 'point') {
      ctx.beginPath();
      ctx.arc(g0 + 9, 10, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else if (item.kind === 'range') {
      ctx.fillRect(g0, 8, 18, 5);
    } else if (item.kind === 'period') {
      ctx.save();
      ctx.beginPath();
      ctx.rect(g0, 3, 18, 14);
      ctx.clip();
      ctx.beginPath();
      for (let k = g0 - 14; k < g0 + 18; k += 5) {
        ctx.moveTo(k, 17);
        ctx.lineTo(k + 14, 3);
      }
      ctx.globalAlpha = 0.6;
      ctx.stroke();
      ctx.restore();
    } else {
      ctx.setLineDash([3, 2]);
      ctx.beginPath();
      ctx.rect(g0 + 0.75, 3.75, 16.5, 12.5);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    step(24);
    text(item.label, x, 10, FONTS.legend, theme.fg, startAlign);
    ctx.font = FONTS.legend;
    step(measure(item.label, FONTS.legend) + 18);
  }
  ctx.restore();

  f.creditLines.forEach((line, i) =>
    text(line, startX, f.creditTop + 7 + i * 15, FONTS.credit, theme.muted, startAlign),
  );
  return f;
}
