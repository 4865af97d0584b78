import { describe, expect, it } from 'vitest';
import { filterEvents, NO_FILTER, validateTimeline } from '../../src/core';
import { createTimelineStore } from '../../src/state';

/** A link's filter naming lanes, actors or sources the data does not have (a stale link). */
const { timeline } = validateTimeline(
  {
    title: 'T',
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    actors: [{ id: 'x', name: 'X', kind: 'person' }],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'One. Two.' }],
    events: ['a', 'b'].map((lane, i) => ({
      id: `e${i}`,
      title: `E${i}`,
      start: '2020-01-01',
      lane,
      actors: ['x'],
      summary: 'S.[1]',
      citations: [{ source: 's', quote: ['One.', 'Two.'][i]! }],
    })),
  },
  new Map(),
);

describe('a filter from a link, once the data is known', () => {
  it('keeps only the ids the data has, so a stale id does not hide every event', () => {
    const store = createTimelineStore({
      filter: { ...NO_FILTER, lanes: ['zz'], actors: ['x', 'gone'], sources: ['nope'] },
    });
    store.getState().setLoaded(timeline, []);
    const { filter } = store.getState();
    expect(filter).toEqual({ query: '', lanes: [], actors: ['x'], sources: [] });
    expect(filterEvents(timeline, filter).events).toHaveLength(2);
  });

  it('keeps a known lane, and the same filter when nothing is unknown', () => {
    const asked = { ...NO_FILTER, lanes: ['b', 'zz'] };
    const store = createTimelineStore({ filter: asked });
    store.getState().setLoaded(timeline, []);
    expect(store.getState().filter.lanes).toEqual(['b']);
    const fine = { ...NO_FILTER, lanes: ['a'] };
    const kept = createTimelineStore({ filter: fine });
    kept.getState().setLoaded(timeline, []);
    expect(kept.getState().filter).toBe(fine);
  });

  it('applies on back and forward too (restore after the data loaded)', () => {
    const store = createTimelineStore();
    store.getState().setLoaded(timeline, []);
    store.getState().restore({ filter: { ...NO_FILTER, sources: ['nope', 's'] } });
    expect(store.getState().filter.sources).toEqual(['s']);
  });
});
