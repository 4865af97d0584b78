import { countInWindow, isFiltering, type FilterResult } from '../core';
import { useTimelineStore } from '../state';
import { actorQualifier } from './ActorList';

type Facet = 'lanes' | 'actors' | 'sources';

/** Search, facet filters with counts, the view toggle, and one "Clear" for all of it. */
export function FilterBar({ result }: { result: FilterResult }) {
  const timeline = useTimelineStore((s) => s.timeline)!;
  const filter = useTimelineStore((s) => s.filter);
  const mode = useTimelineStore((s) => s.mode);
  const setQuery = useTimelineStore((s) => s.setQuery);
  const toggleFacet = useTimelineStore((s) => s.toggleFacet);
  const clearFilter = useTimelineStore((s) => s.clearFilter);
  const setMode = useTimelineStore((s) => s.setMode);
  const fitSpans = useTimelineStore((s) => s.fitSpans);
  const filtering = isFiltering(filter);
  // How many results are off screen; a boolean-ish number, so zooming re-renders this bar
  // only when it changes.
  const offScreen = useTimelineStore((s) =>
    filtering && s.mode === 'timeline' && s.window
      ? result.events.length - countInWindow(result.events, s.window)
      : 0,
  );
  const facets: {
    key: Facet;
    label: string;
    items: { id: string; label: string; detail?: string | null }[];
  }[] = [
    {
      key: 'lanes',
      label: 'Lanes',
      items: timeline.lanes.map((l) => ({ id: l.id, label: l.label })),
    },
    {
      key: 'actors',
      label: 'Actors',
      items: timeline.actors.map((a) => ({ id: a.id, label: a.name, detail: actorQualifier(a) })),
    },
    {
      key: 'sources',
      label: 'Sources',
      items: timeline.sources.map((s) => ({ id: s.id, label: s.title })),
    },
  ];
  const sourceHits = [...result.reasons.values()].filter((r) => r === 'source').length;
  return (
    <div className="filter-bar">
      <div className="search">
        <label htmlFor="tl-search" className="sr-only">
          Search events and sources
        </label>
        <input
          id="tl-search"
          type="search"
          placeholder="Search events and sources…"
          value={filter.query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {facets.map((f) => (
        <details key={f.key} className="facet">
          <summary>
            {f.label}
            {filter[f.key].length > 0 && (
              <span className="facet-count"> ({filter[f.key].length})</span>
            )}
          </summary>
          <fieldset>
            <legend className="sr-only">Filter by {f.label.toLowerCase()}</legend>
            {f.items.map((item) => (
              <label key={item.id} className="facet-item">
                <input
                  type="checkbox"
                  checked={filter[f.key].includes(item.id)}
                  onChange={() => toggleFacet(f.key, item.id)}
                />
                <span className="facet-label">
                  {item.label}
                  {item.detail && <span className="facet-detail"> {item.detail}</span>}
                </span>
                <span className="facet-n">{result.counts[f.key].get(item.id) ?? 0}</span>
              </label>
            ))}
          </fieldset>
        </details>
      ))}
      <button type="button" className="clear" onClick={clearFilter} disabled={!isFiltering(filter)}>
        Clear filters
      </button>
      <div className="mode-toggle" role="group" aria-label="View">
        <button
          type="button"
          aria-pressed={mode === 'timeline'}
          onClick={() => setMode('timeline')}
        >
          Timeline
        </button>
        <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
          List
        </button>
      </div>
      <p className="filter-status" role="status">
        {filtering
          ? `${result.events.length} of ${timeline.events.length} events match${sourceHits ? ` (${sourceHits} through a passage they cite)` : ''}${offScreen ? `; ${offScreen} outside the view` : ''}`
          : `${timeline.events.length} events`}
      </p>
      {offScreen > 0 && (
        <button type="button" className="show-all" onClick={() => fitSpans(result.events)}>
          Show all {result.events.length} results
        </button>
      )}
    </div>
  );
}
