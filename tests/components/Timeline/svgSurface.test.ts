// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createLabelWrapper, layoutLanes, mirrorLayout, validateTimeline } from '../../../src/core';
import { paintImage, type ImageInput } from '../../../src/components/Timeline/image/paintImage';
import { SvgSurface } from '../../../src/components/Timeline/image/svgSurface';

const measure = (text: string) => text.length * 7;
const { timeline } = validateTimeline(
  {
    title: 'Talks <&> "quotes"',
    lanes: [
      { id: 'a', label: 'Talks' },
      { id: 'b', label: 'محادثات' },
    ],
    sources: [
      { id: 's', title: 'S', kind: 'article', text: 'one two three', publisher: 'Le Monde' },
    ],
    events: [
      {
        id: 'e1',
        title: 'Talks open',
        start: '2022-01-10',
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'one' }],
      },
      {
        id: 'e2',
        title: 'Council & <press>',
        start: '2022-01-12',
        end: '2022-01-13',
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'two' }],
      },
      {
        id: 'e3',
        title: 'اجتماع في فيينا',
        start: '2022-01',
        lane: 'b',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'three' }],
      },
    ],
  },
  new Map(),
);
const g = {
  rowHeight: 38,
  headerHeight: 22,
  maxRows: 4,
  gap: 6,
  markWidth: 14,
  minLabel: 72,
  clusterWidth: 44,
  labelMax: 210,
};
const t0 = Date.UTC(2022, 0, 1);
const layout = layoutLanes(
  timeline.lanes,
  timeline.events,
  (t) => (t - t0) / 3_600_000,
  createLabelWrapper(measure),
  g,
  null,
  800,
);
const theme = {
  bg: '#ffffff',
  fg: '#111111',
  muted: '#666666',
  line: '#dddddd',
  panel: '#f5f5f5',
  accent: '#1f5fbf',
  lanes: ['#2f6fd6', '#0f8a6a'],
};
const input = (rtl: boolean): ImageInput => ({
  paint: {
    layout: rtl ? mirrorLayout(layout, g.markWidth) : layout,
    grid: [],
    theme,
    geometry: {
      rowHeight: 38,
      headerHeight: 22,
      markWidth: 14,
      font: '13px sans-serif',
      lineHeight: 15,
      clusterFont: '600 12px sans-serif',
    },
    selectedId: null,
  },
  ticks: [{ t: 0 as never, x: 10, label: 'Mon 10 Jan', major: true, labelShown: true }],
  rtl,
  dir: rtl ? 'rtl' : 'ltr',
  title: timeline.title,
  subtitle: '8–14 January 2022',
  legend: [{ kind: 'point', label: 'a day or a time' }],
  credit: 'Sources: Le Monde',
  laneName: (l) => l.toUpperCase(),
});

function draw(rtl: boolean) {
  const svg = new SvgSurface('#ffffff', measure);
  const f = paintImage(svg, input(rtl), measure);
  const doc = new DOMParser().parseFromString(
    svg.toString(f.width, f.height, 'T'),
    'image/svg+xml',
  );
  return { f, doc, texts: [...doc.querySelectorAll('text')] };
}

describe('the picture of the view, written as SVG', () => {
  it('is a well-formed SVG document the size of the frame, its data escaped', () => {
    const { f, doc } = draw(false);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe(String(f.width));
    expect(doc.documentElement.getAttribute('height')).toBe(String(f.height));
    expect(f.width).toBe(800 + 32);
  });
  it('holds every label line, lane name, tick label, title and credit as text', () => {
    const { texts } = draw(false);
    const words = texts.map((t) => t.textContent);
    for (const line of layout.bands.flatMap((b) => b.placed.flatMap((p) => p.lines)))
      expect(words).toContain(line.trimEnd());
    expect(words).toEqual(
      expect.arrayContaining([
        'TALKS',
        'محادثات',
        'Mon 10 Jan',
        'Talks <&> "quotes"',
        'Sources: Le Monde',
        'a day or a time',
      ]),
    );
  });
  it('marks right-to-left text as such, and anchors mirrored labels at their mark', () => {
    const { texts } = draw(true);
    const arabic = texts.find((t) => t.textContent === 'اجتماع في فيينا')!;
    expect(arabic.getAttribute('direction')).toBe('rtl');
    const talks = texts.find((t) => t.textContent === 'Talks open')!;
    expect(talks.getAttribute('text-anchor')).toBe('end');
    expect(talks.getAttribute('direction')).toBeNull();
  });
  it('ends a lane name longer than the picture in "…", within the picture', () => {
    const long = 'A lane name that goes on about the track it holds '.repeat(4).trim();
    const svg = new SvgSurface('#ffffff', measure);
    const f = paintImage(
      svg,
      { ...input(false), laneName: (l) => (l === 'Talks' ? long : l) },
      measure,
    );
    const doc = new DOMParser().parseFromString(
      svg.toString(f.width, f.height, 'T'),
      'image/svg+xml',
    );
    const name = [...doc.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent!, x: Number(t.getAttribute('x')) }))
      .find((t) => t.text.startsWith('A lane name'))!;
    expect(name.text).toMatch(/…$/);
    expect(long.startsWith(name.text.slice(0, -1).trimEnd())).toBe(true);
    expect(name.x + measure(name.text)).toBeLessThanOrEqual(f.width - 16);
  });
  it('draws shapes as the painter asks: the range as a bar, the day as a dot', () => {
    const { doc } = draw(false);
    expect(doc.querySelectorAll('path').length).toBeGreaterThan(2);
    expect(doc.querySelectorAll('rect').length).toBeGreaterThan(3);
  });
});
