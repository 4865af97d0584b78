import type { MarkGeometry } from '../../../core';
import type { Surface } from './surface';

/** Where a row's parts sit, px from the row's top. */
export interface RowGeometry {
  readonly top: number;
  readonly height: number;
  /** The view's width: marks are drawn to its edges, never past them. */
  readonly width: number;
}

const DOT = 6;
const BAR = 5;
const CAP = 3;

/** The bar of a range: its top, px from the row's top (it ends 2 px above the row's end). */
export const barTop = (rowHeight: number) => rowHeight - BAR - 2;

/**
 * Paints one event's mark in its lane's colour: a dot for a point (with its day, faintly,
 * when it has width), a bar between two caps for a range, a hatched span between solid
 * edges for a period; dashed when approximate, hollow for background events. A mark that
 * runs off an edge is drawn to the edge, where an arrowhead says it continues.
 */
export function paintMark(
  ctx: Surface,
  m: MarkGeometry,
  row: RowGeometry,
  colour: string,
  bg: string,
) {
  const left = Math.max(m.x0, -2);
  const right = Math.min(m.x1, row.width + 2);
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  if (m.shape === 'point') {
    const cy = row.top + row.height / 2;
    if (m.day) {
      // Its whole day, as a faint tint of the row: "some time that day", unlike a range's bar.
      ctx.globalAlpha = 0.07;
      const l = Math.max(m.day[0], 0);
      ctx.fillRect(l, row.top + 2, Math.min(m.day[1], row.width) - l, row.height - 4);
      ctx.globalAlpha = 1;
    }
    ctx.beginPath();
    ctx.arc(m.x0, cy, DOT + 2, 0, 2 * Math.PI);
    ctx.fillStyle = bg;
    ctx.fill();
    ctx.beginPath();
    if (m.approximate || m.background || m.uncited) {
      ctx.arc(m.x0, cy, DOT - 1, 0, 2 * Math.PI);
      ctx.lineWidth = 2;
      ctx.setLineDash(m.uncited ? [1.5, 2] : m.approximate ? [2.5, 2] : []);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.arc(m.x0, cy, DOT, 0, 2 * Math.PI);
      ctx.fillStyle = colour;
      ctx.fill();
    }
  } else if (m.shape === 'range') {
    paintRange(ctx, m, row, left, right);
  } else {
    paintPeriod(ctx, m, row, left, right);
  }
  ctx.fillStyle = colour;
  const mid =
    m.shape === 'range' ? row.top + barTop(row.height) + BAR / 2 : row.top + row.height / 2;
  if (m.offLeft) arrowhead(ctx, 0, mid, -1);
  if (m.offRight) arrowhead(ctx, row.width, mid, 1);
}

function paintRange(ctx: Surface, m: MarkGeometry, row: RowGeometry, left: number, right: number) {
  const y = row.top + barTop(row.height);
  // The parts that stand for a vague end (a month, a year) are hatched, the rest solid.
  const vague = [m.vagueStart, m.vagueEnd].filter((v): v is readonly [number, number] => !!v);
  const solid = subtract([left, right], vague);
  if (m.background || m.uncited) {
    ctx.setLineDash(m.uncited ? [1.5, 2] : []);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.rect(left + 0.75, y + 0.75, right - left - 1.5, BAR - 1.5);
    ctx.stroke();
    ctx.setLineDash([]);
  } else if (m.approximate) {
    for (const [a, b] of solid) dashes(ctx, a, b, y, BAR);
  } else {
    for (const [a, b] of solid) ctx.fillRect(a, y, b - a, BAR);
  }
  for (const [a, b] of vague) {
    const l = Math.max(a, left);
    const r = Math.min(b, right);
    if (r <= l) continue;
    hatch(ctx, l, y - 3, r, y + BAR, 4);
    ctx.fillRect(l, y + BAR - 1, r - l, 1);
  }
  // Caps at the ends that are in view: the start's as tall as the row (the label hangs off
  // it), the end's a short tick that stays clear of the label's text.
  ctx.setLineDash(m.uncited ? [1.5, 2] : m.approximate ? [3, 2] : []);
  ctx.lineWidth = CAP;
  ctx.beginPath();
  if (!m.offLeft) {
    ctx.moveTo(m.x0 + CAP / 2, row.top + 5);
    ctx.lineTo(m.x0 + CAP / 2, y + BAR);
  }
  if (!m.offRight) {
    ctx.moveTo(m.x1 - CAP / 2, y - 4);
    ctx.lineTo(m.x1 - CAP / 2, y + BAR);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

function paintPeriod(ctx: Surface, m: MarkGeometry, row: RowGeometry, left: number, right: number) {
  const top = row.top + 3;
  const bottom = row.top + row.height - 3;
  hatch(ctx, left, top, right, bottom, 6);
  // Its bounds, solid (dashed when approximate): the exact month or year the date allows.
  ctx.setLineDash(m.uncited ? [1.5, 2] : m.approximate ? [4, 3] : []);
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.7;
  ctx.beginPath();
  ctx.moveTo(left, top + 0.5);
  ctx.lineTo(right, top + 0.5);
  ctx.moveTo(left, bottom - 0.5);
  ctx.lineTo(right, bottom - 0.5);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.lineWidth = 2;
  ctx.beginPath();
  if (!m.offLeft) {
    ctx.moveTo(m.x0 + 1, top);
    ctx.lineTo(m.x0 + 1, bottom);
  }
  if (!m.offRight) {
    ctx.moveTo(m.x1 - 1, top);
    ctx.lineTo(m.x1 - 1, bottom);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Diagonal stripes in the current colour over a box. */
function hatch(ctx: Surface, x0: number, y0: number, x1: number, y1: number, spacing: number) {
  const h = y1 - y0;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x0, y0, x1 - x0, h);
  ctx.clip();
  ctx.globalAlpha = 0.45;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (let k = Math.floor((x0 - h) / spacing) * spacing; k < x1; k += spacing) {
    ctx.moveTo(k, y1);
    ctx.lineTo(k + h, y0);
  }
  ctx.stroke();
  ctx.restore();
}

/** A bar drawn as dashes, for an approximate range. */
function dashes(ctx: Surface, a: number, b: number, y: number, h: number) {
  for (let x = a; x < b; x += 9) ctx.fillRect(x, y, Math.min(6, b - x), h);
}

/**
 * A small arrowhead at an edge, pointing out of the view (dir −1 left, +1 right), twice as
 * tall as a range's bar and within the row.
 */
function arrowhead(ctx: Surface, edge: number, y: number, dir: -1 | 1) {
  ctx.beginPath();
  ctx.moveTo(edge, y);
  ctx.lineTo(edge - dir * 7, y - 4.5);
  ctx.lineTo(edge - dir * 7, y + 4.5);
  ctx.closePath();
  ctx.fill();
}

/** [a, b] less the given intervals. */
function subtract(
  [a, b]: readonly [number, number],
  cut: readonly (readonly [number, number])[],
): [number, number][] {
  let parts: [number, number][] = [[a, b]];
  for (const [c0, c1] of cut)
    parts = parts.flatMap(
      ([p0, p1]) =>
        [
          [p0, Math.min(p1, c0)],
          [Math.max(p0, c1), p1],
        ].filter(([u, v]) => v! > u!) as [number, number][],
    );
  return parts;
}
