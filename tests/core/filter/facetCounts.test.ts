import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate';
import { countActors, countLanes, countSources } from '../../../src/core/filter/facetCounts';
import { filterEvents, NO_FILTER, validateTimeline, type TimelineEvent } from '../../../src/core';

/** Events per key, each event once per key it names: the plain way. */
function naive(keysOf: (string[] | undefined)[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const keys of keysOf) for (const k of new Set(keys ?? [])) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

describe('facet counts', () => {
  it('count each event once per lane, actor and source it names, however often it names it', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lane: key,
            actors: fc.option(fc.array(key, { maxLength: 4 }), { nil: undefined }),
            sources: fc.array(key, { maxLength: 4 }),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const events = rows.map(
            (r) =>
              ({
                lane: r.lane,
                actors: r.actors,
                citations: r.sources.map((source) => ({ source, quote: 'q', range: null })),
              }) as unknown as TimelineEvent,
          );
          expect(sorted(countLanes(events))).toEqual(sorted(naive(rows.map((r) => [r.lane]))));
          expect(sorted(countActors(events))).toEqual(sorted(naive(rows.map((r) => r.actors))));
          expect(sorted(countSources(events))).toEqual(sorted(naive(rows.map((r) => r.sources))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('count an event once per lane, actor and source, however often it names them', () => {
    const { timeline: raw, texts } = generate(3000, 4);
    const data = {
      ...raw,
      actors: [
        { id: 'us', name: 'United States', kind: 'state' },
        { id: 'ru', name: 'Russia', kind: 'state' },
      ],
      // Every fifth event names an actor twice and cites its source twice.
      events: raw.events.map((e, i) =>
        i % 5 === 0
          ? {
              ...e,
              actors: ['us', 'ru', 'us'],
              summary: `${e.summary.replace(/\[1\]$/, '')}[1][2]`,
              citations: [...e.citations, ...e.citations],
            }
          : e,
      ),
    };
    const { timeline, problems } = validateTimeline(
      data,
      new Map(texts.map((t, s) => [`sources/src${s}.txt`, t])),
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { counts } = filterEvents(timeline, NO_FILTER);
    expect(counts.actors.get('us')).toBe(600);
    expect(counts.actors.get('ru')).toBe(600);
    expect([...counts.sources.values()].reduce((a, b) => a + b, 0)).toBe(3000);
    expect([...counts.lanes.values()].reduce((a, b) => a + b, 0)).toBe(3000);
  });
});
