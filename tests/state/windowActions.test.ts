import { describe, expect, it } from 'vitest';
import { validateTimeline, DAY, MIN_SPAN } from '../../src/core';
import { createTimelineStore } from '../../src/state';

const text = 'One. Two. Three.';
const { timeline } = validateTimeline(
  {
    title: 'T',
    lanes: [{ id: 'l', label: 'L' }],
    sources: [{ id: 's', title: 'S', kind: 'article', text }],
    view: { start: '2020-06', end: '2020-06' },
    events: ['2020-01-01', '2020-06-15', '2020-12-31'].map((start, i) => ({
      id: `e${i}`,
      title: `E${i}`,
      start,
      lane: 'l',
      summary: 'S.[1]',
      citations: [{ source: 's', quote: ['One.', 'Two.', 'Three.'][i]! }],
    })),
  },
  new Map(),
);

const loaded = (init = {}) => {
  const store = createTimelineStore(init);
  store.getState().setLoaded(timeline, []);
  return store;
};

describe('the store owns the window', () => {
  it("opens on the data's view once the data loads", () => {
    const w = loaded().getState().window!;
    expect(w[0]).toBeLessThan(Date.UTC(2020, 5, 1));
    expect(w[1]).toBeGreaterThan(Date.UTC(2020, 6, 1));
    expect(w[1] - w[0]).toBeLessThan(40 * DAY);
  });
  it('keeps a window asked for before the data came (a link), clamped to the data', () => {
    const s = loaded({ window: [Date.UTC(2020, 2, 1), Date.UTC(2020, 3, 1)] });
    expect(s.getState().window).toEqual([Date.UTC(2020, 2, 1), Date.UTC(2020, 3, 1)]);
    const far = loaded({ window: [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)] });
    expect(far.getState().window).toEqual(far.getState().limits!.extent);
  });
  it('zooms, pans and fits within the limits, through actions', () => {
    const s = loaded();
    s.getState().fit();
    expect(s.getState().window).toEqual(s.getState().limits!.extent);
    for (let i = 0; i < 40; i++) s.getState().zoomBy(2);
    const w = s.getState().window!;
    expect(w[1] - w[0]).toBe(MIN_SPAN);
    s.getState().panBy(1e6);
    expect(s.getState().window![1]).toBe(s.getState().limits!.extent[1]);
  });
  it('does not notify when a move changes nothing', () => {
    const s = loaded();
    s.getState().fit();
    let calls = 0;
    const stop = s.subscribe(() => calls++);
    s.getState().fit();
    s.getState().panBy(-1);
    s.getState().setWindow(s.getState().window!);
    stop();
    expect(calls).toBe(0);
  });
  it('reveals an event out of view by centring on it', () => {
    const s = loaded();
    const last = timeline.events[2]!;
    s.getState().reveal(last);
    const w = s.getState().window!;
    expect(last.t0).toBeGreaterThanOrEqual(w[0]);
    expect(last.t0).toBeLessThanOrEqual(w[1]);
  });
  it('restores "no window" from history as the first window, not as nothing', () => {
    const s = loaded();
    s.getState().fit();
    s.getState().restore({ window: null });
    expect(s.getState().window).toEqual(loaded().getState().window);
  });
  it('starts new data from its own first window', () => {
    const s = loaded();
    s.getState().fit();
    s.getState().setLoaded(timeline, []);
    expect(s.getState().window).toEqual(loaded().getState().window);
  });
});
