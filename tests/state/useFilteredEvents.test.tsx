// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateTimeline, type FilterResult } from '../../src/core';
import { createTimelineStore, TimelineProvider, useFilteredEvents } from '../../src/state';

const timeline = () =>
  validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'a', label: 'A' }],
      sources: [{ id: 's', title: 'S', kind: 'article', text: 'Talks in Oslo. Talks in Bergen.' }],
      events: ['Oslo', 'Bergen'].map((city) => ({
        id: city.toLowerCase(),
        title: `Talks in ${city}`,
        start: '2026-03-17',
        lane: 'a',
        summary: `Talks in ${city}.[1]`,
        citations: [{ source: 's', quote: `Talks in ${city}.` }],
      })),
    },
    new Map(),
  ).timeline;

/** Two components of one timeline asking for its filtered events, as the app and its Download menu do. */
function mount() {
  const store = createTimelineStore();
  store.getState().setLoaded(timeline(), []);
  const seen: Record<'a' | 'b', FilterResult[]> = { a: [], b: [] };
  const Ask = ({ as }: { as: 'a' | 'b' }) => {
    seen[as].push(useFilteredEvents());
    return null;
  };
  render(
    <TimelineProvider store={store}>
      <Ask as="a" />
      <Ask as="b" />
    </TimelineProvider>,
  );
  return { store, seen };
}

describe('useFilteredEvents', () => {
  // The search is a chunk of its own: typed before it is here, a search applies once it is.
  it('gives every component of a timeline the one result of a search, computed once', async () => {
    const { store, seen } = mount();
    act(() => store.getState().setQuery('bergen'));
    await waitFor(() => expect(seen.a.at(-1)!.events.map((e) => e.id)).toEqual(['bergen']));
    expect(seen.b.at(-1)).toBe(seen.a.at(-1));
  });
  it('keeps two timelines on a page apart', async () => {
    const one = mount();
    const two = mount();
    act(() => one.store.getState().setQuery('oslo'));
    await waitFor(() => expect(one.seen.a.at(-1)!.events.map((e) => e.id)).toEqual(['oslo']));
    expect(two.seen.a.at(-1)!.events).toHaveLength(2);
  });
});
