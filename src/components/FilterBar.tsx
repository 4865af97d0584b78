import { countInWindow, isFiltering, type FilterResult } from '../core';
import { useI18n, useTimelineStore } from '../state';
import { actorQualifier } from './ActorList';
import { keepOpenMenuInView } from './keepInView';

type Facet = 'lanes' | 'actors' | 'sources';

/** Search, facet filters with counts, the view toggle, and one "Clear" for all of it. */
export function FilterBar({ result }: { result: FilterResult }) {
  const i18n = useI18n();
  const { t } = i18n;
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
    legend: string;
    items: { id: string; label: string; detail?: string | null }[];
  }[] = [
    {
      key: 'lanes',
      label: t('filter.lanes'),
      legend: t('filter.byLanes'),
      items: timeline.lanes.map((l) => ({ id: l.id, label: l.label })),
    },
    {
      key: 'actors',
      label: t('filter.actors'),
      legend: t('filter.byActors'),
      items: timeline.actors.map((a) => ({
        id: a.id,
        label: a.name,
        detail: actorQualifier(a, i18n),
      })),
    },
    {
      key: 'sources',
      label: t('filter.sources'),
      legend: t('filter.bySources'),
      items: timeline.sources.map((s) => ({ id: s.id, label: s.title })),
    },
  ];
  const sourceHits = result.bySource.size;
  return (
    <div className="filter-bar">
      <div className="search">
        <label htmlFor="tl-search" className="sr-only">
          {t('filter.searchLabel')}
        </label>
        <input
          id="tl-search"
          type="search"
          placeholder={t('filter.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {/* A dataset with no actors (or no lanes) gets no empty menu for them. */}
      {facets
        .filter((f) => f.items.length > 0)
        .map((f) => (
          <details key={f.key} className="facet" onToggle={keepOpenMenuInView}>
            <summary>
              {f.label}
              {filter[f.key].length > 0 && (
                <span className="facet-count"> ({i18n.n(filter[f.key].length)})</span>
              )}
            </summary>
            <fieldset>
              <legend className="sr-only">{f.legend}</legend>
              {f.items.map((item) => (
                <label key={item.id} className="facet-item">
                  <input
                    type="checkbox"
                    checked={filter[f.key].includes(item.id)}
                    onChange={() => toggleFacet(f.key, item.id)}
                  />
                  <span className="facet-label" dir="auto">
                    {item.label}
                    {item.detail && <span className="facet-detail"> {item.detail}</span>}
                  </span>
                  <span className="facet-n">{i18n.n(result.counts[f.key].get(item.id) ?? 0)}</span>
                </label>
              ))}
            </fieldset>
          </details>
        ))}
      <button type="button" className="clear" onClick={clearFilter} disabled={!isFiltering(filter)}>
        {t('filter.clear')}
      </button>
      <div className="mode-toggle" role="group" aria-label={t('filter.view')}>
        <button
          type="button"
          aria-pressed={mode === 'timeline'}
          onClick={() => setMode('timeline')}
        >
          {t('filter.timeline')}
        </button>
        <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
          {t('filter.list')}
        </button>
      </div>
      <p className="filter-status" role="status">
        {filtering
          ? t(
              sourceHits
                ? offScreen
                  ? 'filter.matchViaOutside'
                  : 'filter.matchVia'
                : offScreen
                  ? 'filter.matchOutside'
                  : 'filter.match',
              {
                count: result.events.length,
                total: timeline.events.length,
                via: sourceHits,
                outside: offScreen,
              },
            )
          : t('filter.total', { count: timeline.events.length })}
      </p>
      {offScreen > 0 && (
        <button type="button" className="show-all" onClick={() => fitSpans(result.events)}>
          {t('filter.showAll', { count: result.events.length })}
        </button>
      )}
    </div>
  );
}
