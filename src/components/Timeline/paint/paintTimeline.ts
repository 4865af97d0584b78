import { ownDirection, type LaneBand, type PlacedEvent, type TimelineLayout } from '../../../core';
import { barTop, paintMark } from './marks';
import type { PaintTheme, Surface } from './surface';

/** Sizes the painter needs beside the layout. */
export interface PaintGeometry {
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly markWidth: number;
  /** Label font (a CSS font shorthand) and its line height, px. */
  readonly font: string;
  readonly lineHeight: number;
  /** The "+N" badges' font. */
  readonly clusterFont: string;
}

export interface PaintInput {
  readonly layout: TimelineLayout;
  /** Grid lines: the axis ticks' x, stronger where a larger unit starts. */
  readonly grid: readonly { readonly x: number; readonly major: boolean }[];
  readonly theme: PaintTheme;
  readonly geometry: PaintGeometry;
  readonly selectedId: string | null;
  /** The vertical part of the plot to paint, px (the rest is off screen): all of it if absent. */
  readonly rows?: readonly [number, number];
}

/**
 * Paints the timeline from its layout: grid, lane rules, every mark, every label, the "+N"
 * badges. It reads the layout and draws; it decides nothing about where things go, so the
 * same layout drawn again (to canvas, or to SVG for an image) is the same picture.
 */
export function paintTimeline(ctx: Surface, input: PaintInput) {
  const { layout, grid, theme, geometry: g } = input;
  const { width } = layout;
  const [y0, y1] = input.rows ?? [0, layout.height];
  ctx.clearRect(0, y0, width, y1 - y0);
  // Only what is on screen: bands and rows outside [y0, y1) are skipped.
  const bands = layout.bands.filter((b) => b.top < y1 && b.top + b.height > y0);
  ctx.fillStyle = theme.line;
  // Grid lines through each lane's rows; its name line above them is left clear.
  for (const t of grid) {
    ctx.globalAlpha = t.major ? 1 : 0.6;
    for (const band of bands)
      ctx.fillRect(Math.round(t.x), band.top + g.headerHeight, 1, band.height - g.headerHeight);
  }
  ctx.globalAlpha = 1;
  for (const band of bands) ctx.fillRect(0, band.top, width, 1);
  ctx.font = g.font;
  ctx.textBaseline = 'middle';
  const inView = (band: LaneBand, row: number) => {
    const top = band.top + g.headerHeight + row * g.rowHeight;
    return top < y1 && top + g.rowHeight > y0;
  };
  for (const band of bands) {
    const colour = theme.lanes[band.index] ?? theme.accent;
    for (const p of band.placed) if (inView(band, p.row)) paintEvent(ctx, p, band, colour, input);
    paintClusters(ctx, band, colour, input);
  }
}

function paintEvent(
  ctx: Surface,
  p: PlacedEvent,
  band: LaneBand,
  colour: string,
  input: PaintInput,
) {
  const { theme, geometry: g, layout } = input;
  const top = band.top + g.headerHeight + p.row * g.rowHeight;
  const selected = p.id === input.selectedId;
  // An event not yet cited is drawn in the muted colour (and dotted, by paintMark).
  const ink = p.mark.uncited ? theme.muted : colour;
  paintMark(ctx, p.mark, { top, height: g.rowHeight, width: layout.width }, ink, theme.bg);
  // The text block sits above a range's bar, else in the middle of the row.
  const room = p.mark.shape === 'range' ? barTop(g.rowHeight) : g.rowHeight;
  const lineTop = top + room / 2 - (p.lines.length * g.lineHeight) / 2;
  const onSpan = p.mark.shape === 'period';
  const x = p.side === 'after' ? p.textX : p.textX + p.labelWidth;
  const lines = p.lines.map((raw, i) => {
    const text = raw.trimEnd();
    // Measured only where a cleared backing or an underline needs the line's width.
    const w = onSpan || selected ? ctx.measureText(text).width : 0;
    return {
      text,
      y: lineTop + i * g.lineHeight + g.lineHeight / 2,
      w,
      left: p.side === 'after' ? x : x - w,
    };
  });
  // Text over a hatched span gets a clear backing: cleared, not painted, so what lies under
  // the canvas there (the page's search highlight on the control's text) still shows.
  if (onSpan)
    for (const l of lines) ctx.clearRect(l.left - 2, l.y - g.lineHeight / 2, l.w + 4, g.lineHeight);
  if (selected) {
    ctx.fillStyle = theme.accent;
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = 1.5;
    ctx.globalAlpha = 0.16;
    ctx.beginPath();
    ctx.roundRect(
      p.x - g.markWidth / 2,
      top + 1,
      p.boxEnd - p.x + g.markWidth / 2,
      g.rowHeight - 2,
      4,
    );
    ctx.fill();
    ctx.globalAlpha = 0.8;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  ctx.textAlign = p.side === 'after' ? 'left' : 'right';
  ctx.fillStyle = theme.fg;
  if (p.mark.uncited) ctx.font = `italic ${g.font}`;
  for (const l of lines) {
    // Each line in its own direction (an Arabic title reads right to left in any interface).
    ctx.direction = ownDirection(l.text);
    ctx.fillText(l.text, x, l.y);
    if (selected) ctx.fillRect(l.left, l.y + 7, l.w, 2);
  }
  if (p.mark.uncited) ctx.font = g.font;
  ctx.direction = 'ltr';
}

/** Space kept inside a badge's rim on both sides together, px. */
const BADGE_PADDING = 10;

/** A CSS font shorthand with its pixel size times `k` (not below 7 px). */
const fontScaled = (font: string, k: number) =>
  font.replace(
    /(\d+(?:\.\d+)?)px/,
    (_, px: string) => `${Math.max(7, Math.floor(Number(px) * k * 10) / 10)}px`,
  );

function paintClusters(ctx: Surface, band: LaneBand, colour: string, input: PaintInput) {
  const { theme, geometry: g } = input;
  if (band.clusters.length === 0) return;
  ctx.font = g.clusterFont;
  ctx.textAlign = 'center';
  for (const c of band.clusters) {
    const top = band.top + g.headerHeight + c.row * g.rowHeight + 2;
    const h = g.rowHeight - 4;
    ctx.beginPath();
    ctx.roundRect(c.x + 0.5, top + 0.5, c.boxEnd - c.x - 1, h - 1, h / 2);
    ctx.fillStyle = theme.panel;
    ctx.fill();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = theme.fg;
    const text = `+${c.events.length}`;
    // A count too long for the badge ("+1291") is set smaller, never past its rim.
    const room = c.boxEnd - c.x - BADGE_PADDING;
    const wide = ctx.measureText(text).width;
    if (wide > room) ctx.font = fontScaled(g.clusterFont, room / wide);
    ctx.fillText(text, (c.x + c.boxEnd) / 2, top + h / 2);
    if (wide > room) ctx.font = g.clusterFont;
  }
  ctx.textAlign = 'left';
  ctx.font = g.font;
}
