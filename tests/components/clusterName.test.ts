import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { validateTimeline } from '../../src/core';
import { clusterName, opensOneByOne } from '../../src/components/Timeline/LaneBands';

const { timeline } = validateTimeline(
  {
    title: 't',
    lanes: [{ id: 'l', label: 'L' }],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'One. Two. Three.' }],
    events: ['2022-01-10T09:00+01:00', '2022-01-10T09:00+01:00', '2022-01-10T09:30+01:00'].map(
      (start, i) => ({
        id: `e${i}`,
        title: `E${i}`,
        start,
        lane: 'l',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: ['One.', 'Two.', 'Three.'][i]! }],
      }),
    ),
  },
  new Map(),
);
const [a, b, c] = timeline.events as [never, never, never];

describe('what a "+N" badge says it does, and does', () => {
  it('zooms in to part events at different times, while the view can narrow', () => {
    expect(opensOneByOne([a, c], false)).toBe(false);
    expect(clusterName([a, c], i18nFor())).toMatch(/\. Zoom in to see them$/);
  });
  it('opens events at one instant one by one, and any once the view is as narrow as it goes', () => {
    expect(opensOneByOne([a, b], false)).toBe(true);
    expect(opensOneByOne([a, c], true)).toBe(true);
    expect(clusterName([a, c], i18nFor(), true)).toMatch(
      /\. Open the first; Next goes through the others$/,
    );
  });
});
