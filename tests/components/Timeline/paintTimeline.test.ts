import { describe, expect, it } from 'vitest';
import {
  createLabelWrapper,
  layoutLanes,
  validateTimeline,
  type LaneGeometry,
} from '../../../src/core';
import {
  paintTimeline,
  type PaintInput,
} from '../../../src/components/Timeline/paint/paintTimeline';
import type { Surface } from '../../../src/components/Timeline/paint/surface';

/**
 * The painter against a recording surface: what it would draw, as shapes with the colour
 * they are filled or stroked in. (The pixels themselves are measured in the browser tests.)
 */
interface Shape {
  kind: 'rect' | 'path' | 'text';
  colour: string;
  alpha: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  dash: boolean;
  text?: string;
}
function recorder() {
  const shapes: Shape[] = [];
  let path: [number, number][] = [];
  let dash: number[] = [];
  const state = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
  };
  const stack: { state: typeof state; clip: ReturnType<typeof box> | null }[] = [];
  let clipBox: ReturnType<typeof box> | null = null;
  // A shape as drawn: cut to the clip, as the canvas would (null when nothing is left).
  const push = (s: Shape) => {
    const c = clipBox;
    const cut = c
      ? {
          ...s,
          x0: Math.max(s.x0, c.x0),
          x1: Math.min(s.x1, c.x1),
          y0: Math.max(s.y0, c.y0),
          y1: Math.min(s.y1, c.y1),
        }
      : s;
    if (cut.x1 >= cut.x0 && cut.y1 >= cut.y0) shapes.push(cut);
  };
  const box = (pts: [number, number][]) => ({
    x0: Math.min(...pts.map((p) => p[0])),
    x1: Math.max(...pts.map((p) => p[0])),
    y0: Math.min(...pts.map((p) => p[1])),
    y1: Math.max(...pts.map((p) => p[1])),
  });
  const ctx = {
    ...state,
    save: () => stack.push({ state: { ...state }, clip: clipBox }),
    restore: () => {
      const top = stack.pop()!;
      Object.assign(state, top.state);
      clipBox = top.clip;
    },
    clearRect: () => {},
    fillRect(x: number, y: number, w: number, h: number) {
      push({
        kind: 'rect',
        colour: String(this.fillStyle),
        alpha: this.globalAlpha,
        x0: x,
        x1: x + w,
        y0: y,
        y1: y + h,
        dash: false,
      });
    },
    beginPath: () => (path = []),
    closePath: () => {},
    moveTo: (x: number, y: number) => path.push([x, y]),
    lineTo: (x: number, y: number) => path.push([x, y]),
    arc: (x: number, y: number, r: number) => path.push([x - r, y - r], [x + r, y + r]),
    rect: (x: number, y: number, w: number, h: number) => path.push([x, y], [x + w, y + h]),
    roundRect: (x: number, y: number, w: number, h: number) => path.push([x, y], [x + w, y + h]),
    fill() {
      if (path.length)
        push({
          kind: 'path',
          colour: String(this.fillStyle),
          alpha: this.globalAlpha,
          ...box(path),
          dash: false,
        });
    },
    stroke() {
      if (path.length)
        push({
          kind: 'path',
          colour: String(this.strokeStyle),
          alpha: this.globalAlpha,
          ...box(path),
          dash: dash.length > 0,
        });
    },
    clip: () => (clipBox = box(path)),
    fillText(text: string, x: number, y: number) {
      push({
        kind: 'text',
        colour: String(this.fillStyle),
        alpha: this.globalAlpha,
        x0: x,
        x1: x + text.length * 7,
        y0: y,
        y1: y,
        dash: false,
        text,
      });
    },
    measureText: (t: string) => ({ width: t.length * 7 }) as TextMetrics,
    setLineDash: (d: number[]) => (dash = d),
  };
  return { ctx: ctx as unknown as Surface, shapes };
}

const { timeline } = validateTimeline(
  {
    title: 't',
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'one two three four five' }],
    events: [
      {
        id: 'range',
        title: 'A range',
        start: '2020-01-01',
        end: '2020-12-31',
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'one' }],
      },
      {
        id: 'year',
        title: 'A year',
        start: '2021',
        lane: 'b',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'two' }],
        approximate: true,
      },
      {
        id: 'dot',
        title: 'A day',
        start: '2022-06-01',
        lane: 'b',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'three' }],
      },
      {
        id: 'long',
        title: 'Runs off',
        start: '2019-01-01',
        end: '2024-01-01',
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'four' }],
      },
    ],
  },
  new Map(),
);
const g: LaneGeometry = {
  rowHeight: 38,
  headerHeight: 22,
  maxRows: 4,
  gap: 6,
  markWidth: 14,
  minLabel: 60,
  clusterWidth: 44,
  labelMax: 200,
};
const WIDTH = 1000;
const t0 = Date.UTC(2019, 6, 1);
const t1 = Date.UTC(2023, 0, 1);
const x = (t: number) => ((t - t0) / (t1 - t0)) * WIDTH;
const layout = layoutLanes(
  timeline.lanes,
  timeline.events,
  x,
  createLabelWrapper((s) => s.length * 7),
  g,
  'dot',
  WIDTH,
);
const input: PaintInput = {
  layout,
  grid: [{ x: 500, major: true }],
  theme: {
    bg: 'white',
    fg: 'black',
    muted: 'grey',
    line: 'silver',
    panel: 'snow',
    accent: 'navy',
    lanes: ['red', 'green'],
  },
  geometry: {
    rowHeight: 38,
    headerHeight: 22,
    markWidth: 14,
    font: '13px sans-serif',
    lineHeight: 15,
    clusterFont: '12px sans-serif',
  },
  selectedId: 'dot',
};
const placed = (id: string) => layout.bands.flatMap((b) => b.placed).find((p) => p.id === id)!;
const rowOf = (id: string) => {
  const band = layout.bands.find((b) => b.placed.some((p) => p.id === id))!;
  const top = band.top + g.headerHeight + placed(id).row * g.rowHeight;
  return [top, top + g.rowHeight] as const;
};
const inRow = (shapes: Shape[], id: string) => {
  const [top, bottom] = rowOf(id);
  return shapes.filter((s) => s.y0 >= top - 0.01 && s.y1 <= bottom + 0.01);
};

describe('paintTimeline', () => {
  it("paints a range as a solid bar from its start to its end, in its lane's colour", () => {
    const { ctx, shapes } = recorder();
    paintTimeline(ctx, input);
    const bar = inRow(shapes, 'range').filter(
      (s) => s.kind === 'rect' && s.colour === 'red' && s.alpha === 1,
    );
    expect(Math.min(...bar.map((s) => s.x0))).toBeCloseTo(x(Date.UTC(2020, 0, 1)), 6);
    expect(Math.max(...bar.map((s) => s.x1))).toBeCloseTo(x(Date.UTC(2021, 0, 1)), 6);
  });

  it('paints a year as a span over all of it, its edges dashed when approximate', () => {
    const { ctx, shapes } = recorder();
    paintTimeline(ctx, input);
    // (The day in the same row is further right: only what starts within the year.)
    const span = inRow(shapes, 'year').filter(
      (s) => s.colour === 'green' && s.kind === 'path' && s.x0 < x(Date.UTC(2022, 0, 1)),
    );
    expect(Math.min(...span.map((s) => s.x0))).toBeCloseTo(x(Date.UTC(2021, 0, 1)), 0);
    expect(Math.max(...span.map((s) => s.x1))).toBeCloseTo(x(Date.UTC(2022, 0, 1)), 0);
    expect(span.some((s) => s.dash)).toBe(true);
  });

  it('paints a day as a dot at its day, and underlines the selected label', () => {
    const { ctx, shapes } = recorder();
    paintTimeline(ctx, input);
    const row = inRow(shapes, 'dot');
    // The year before it shares its row (the selection keeps its place): the dot is after it.
    const dot = row.find(
      (s) => s.kind === 'path' && s.colour === 'green' && s.x0 > x(Date.UTC(2022, 0, 1)),
    )!;
    expect((dot.x0 + dot.x1) / 2).toBeCloseTo(x(Date.UTC(2022, 5, 1)), 6);
    expect(dot.x1 - dot.x0).toBe(12);
    expect(row.filter((s) => s.kind === 'text').map((s) => s.text)).toContain('A day');
    expect(row.some((s) => s.kind === 'rect' && s.colour === 'black' && s.y1 - s.y0 === 2)).toBe(
      true,
    );
  });

  it('draws a range running off both edges to the edges, with an arrowhead at each', () => {
    const { ctx, shapes } = recorder();
    paintTimeline(ctx, input);
    const row = inRow(shapes, 'long').filter((s) => s.colour === 'red');
    const heads = row.filter((s) => s.kind === 'path' && s.x1 - s.x0 === 7);
    expect(heads.map((h) => [h.x0, h.x1])).toEqual([
      [0, 7],
      [WIDTH - 7, WIDTH],
    ]);
    const bar = row.filter((s) => s.kind === 'rect');
    expect(Math.min(...bar.map((s) => s.x0))).toBeLessThanOrEqual(0);
    expect(Math.max(...bar.map((s) => s.x1))).toBeGreaterThanOrEqual(WIDTH);
  });

  it('paints only the rows on screen', () => {
    const { ctx, shapes } = recorder();
    const [, bottom] = rowOf('range');
    paintTimeline(ctx, { ...input, rows: [bottom + layout.height, bottom + layout.height + 10] });
    expect(shapes.filter((s) => s.kind === 'text')).toEqual([]);
  });
});
