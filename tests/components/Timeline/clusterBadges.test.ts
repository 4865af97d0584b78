import { describe, expect, it } from 'vitest';
import {
  createLabelWrapper,
  layoutLanes,
  validateTimeline,
  type LaneGeometry,
} from '../../../src/core';
import { paintTimeline } from '../../../src/components/Timeline/paint/paintTimeline';
import type { Surface } from '../../../src/components/Timeline/paint/surface';

/** Text width as a font of `px` pixels sets it: 0.6 em a character. */
const pxOf = (font: string) => Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]);
const widthIn = (font: string, text: string) => text.length * pxOf(font) * 0.6;

/** A surface that only notes each badge (its box) and the count written in it, in its font. */
function badgeRecorder() {
  const badges: { box: number; text: string; width: number }[] = [];
  let lastBox = 0;
  const ctx = {
    font: '',
    roundRect: (_x: number, _y: number, w: number) => (lastBox = w),
    measureText(t: string) {
      return { width: widthIn(this.font, t) } as TextMetrics;
    },
    fillText(t: string) {
      if (t.startsWith('+')) badges.push({ box: lastBox, text: t, width: widthIn(this.font, t) });
    },
  };
  const noop = () => {};
  for (const k of ['save', 'restore', 'clearRect', 'fillRect', 'beginPath', 'closePath']) {
    (ctx as Record<string, unknown>)[k] = noop;
  }
  for (const k of ['moveTo', 'lineTo', 'arc', 'rect', 'fill', 'stroke', 'clip', 'setLineDash']) {
    (ctx as Record<string, unknown>)[k] = noop;
  }
  return { ctx: ctx as unknown as Surface, badges };
}

const g: LaneGeometry = {
  rowHeight: 38,
  headerHeight: 22,
  maxRows: 2,
  gap: 6,
  markWidth: 14,
  minLabel: 60,
  clusterWidth: 44,
  labelMax: 200,
};

describe('"+N" badges', () => {
  it('keep a long count inside the badge (set smaller), and a short one at its size', () => {
    // One lane: 5,000 events on one day, and 3 on another far from them.
    const day = (d: string, n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `e${from + i}`,
        title: `Event ${from + i}`,
        start: d,
        lane: 'l',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'q' }],
      }));
    const { timeline } = validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'l', label: 'L' }],
        sources: [{ id: 's', title: 'S', kind: 'reference' }],
        events: [...day('2022-01-10', 5000, 0), ...day('2022-06-10', 3, 5000)].map((e) => ({
          ...e,
          background: true,
        })),
      },
      new Map(),
    );
    const t0 = Date.UTC(2022, 0, 1);
    const t1 = Date.UTC(2023, 0, 1);
    const x = (t: number) => ((t - t0) / (t1 - t0)) * 1000;
    const layout = layoutLanes(
      timeline.lanes,
      timeline.events,
      x,
      createLabelWrapper((s) => s.length * 7),
      g,
      null,
      1000,
    );
    const { ctx, badges } = badgeRecorder();
    const font = '600 12px sans-serif';
    paintTimeline(ctx, {
      layout,
      grid: [],
      theme: {
        bg: 'white',
        fg: 'black',
        muted: 'grey',
        line: 'silver',
        panel: 'snow',
        accent: 'navy',
        lanes: ['red'],
      },
      geometry: {
        rowHeight: 38,
        headerHeight: 22,
        markWidth: 14,
        font: '13px sans-serif',
        lineHeight: 15,
        clusterFont: font,
      },
      selectedId: null,
    });
    const long = badges.find((b) => b.text.length >= 5)!;
    expect(long).toBeDefined();
    // At 12 px "+4998" would be 36 px wide in a 44 px badge, less its rim and padding (the
    // box drawn is the badge less 1 px for the rim).
    const room = long.box + 1 - 10;
    expect(widthIn(font, long.text)).toBeGreaterThan(room);
    expect(long.width).toBeLessThanOrEqual(room);
    for (const b of badges.filter((b) => b.text.length <= 3))
      expect(b.width).toBe(widthIn(font, b.text));
  });
});
