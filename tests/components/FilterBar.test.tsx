// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { filterEvents, NO_FILTER, validateTimeline } from '../../src/core';
import { FilterBar } from '../../src/components/FilterBar';
import { createTimelineStore, I18nProvider, TimelineProvider } from '../../src/state';

/** The filter bar's menus, by their summaries, for data with or without actors. */
function menus(actors: object[]) {
  const { timeline } = validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'l', label: 'L' }],
      actors,
      sources: [{ id: 's', title: 'S', kind: 'article', text: 'It happened.' }],
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2022-01-10',
          lane: 'l',
          summary: 'It happened.[1]',
          citations: [{ source: 's', quote: 'It happened.' }],
        },
      ],
    },
    new Map(),
  );
  const store = createTimelineStore();
  store.getState().setLoaded(timeline, []);
  const { unmount } = render(
    <I18nProvider i18n={i18nFor()}>
      <TimelineProvider store={store}>
        <FilterBar result={filterEvents(timeline, NO_FILTER)} />
      </TimelineProvider>
    </I18nProvider>,
  );
  const found = [...document.querySelectorAll('details.facet summary')].map((s) => s.textContent);
  unmount();
  return found;
}

describe('the filter bar', () => {
  it('offers no Actors menu for data that names no actors', () => {
    expect(menus([])).toEqual(['Lanes', 'Sources']);
    expect(menus([{ id: 'a', name: 'A', kind: 'person' }])).toEqual(['Lanes', 'Actors', 'Sources']);
    expect(screen.queryByText('Actors')).toBeNull();
  });
});
