import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate';
import { countKeys, facet } from '../../../src/core/filter/facets';
import {
  filterEvents,
  NO_FILTER,
  validateTimeline,
  type Timeline,
  type TimelineEvent,
} from '../../../src/core';

/** Events per key, each event once per key it names: the plain way. */
function naive(keysOf: (string[] | undefined)[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const keys of keysOf) for (const k of new Set(keys ?? [])) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
const sorted = (m: ReadonlyMap<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

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
          const all = events.map((_, i) => i);
          const lanes = facet(events, (e) => [e.lane]);
          const actors = facet(events, (e) => e.actors);
          const sources = facet(events, (e) => e.citations.map((c) => c.source));
          expect(sorted(countKeys(lanes, all))).toEqual(sorted(naive(rows.map((r) => [r.lane]))));
          expect(sorted(countKeys(actors, all))).toEqual(sorted(naive(rows.map((r) => r.actors))));
          expect(sorted(countKeys(sources, all))).toEqual(
            sorted(naive(rows.map((r) => r.sources))),
          );
          // Over some of the events: only theirs.
          const odd = all.filter((i) => i % 2 === 1);
          const oddRows = rows.filter((_, i) => i % 2 === 1);
          expect(sorted(countKeys(actors, odd))).toEqual(
            sorted(naive(oddRows.map((r) => r.actors))),
          );
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

describe('filtering by lanes, actors and sources', () => {
  it('keeps what the plain rule keeps, and counts each facet within the other two', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd');
    const pick = fc.uniqueArray(key, { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lane: key,
            actors: fc.option(fc.array(key, { maxLength: 3 }), { nil: undefined }),
            sources: fc.array(key, { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 30 },
        ),
        pick,
        pick,
        pick,
        (rows, lanes, actors, sources) => {
          const events = rows.map(
            (r, i) =>
              ({
                id: `e${i}`,
                lane: r.lane,
                actors: r.actors,
                citations: r.sources.map((source) => ({ source, quote: 'q', range: null })),
              }) as unknown as TimelineEvent,
          );
          const timeline = { events, sources: [], actors: [] } as unknown as Timeline;
          const inLane = (r: (typeof rows)[number]) => !lanes.length || lanes.includes(r.lane);
          const byActor = (r: (typeof rows)[number]) =>
            !actors.length || (r.actors ?? []).some((a) => actors.includes(a));
          const bySource = (r: (typeof rows)[number]) =>
            !sources.length || r.sources.some((s) => sources.includes(s));
          const r = filterEvents(timeline, { query: '', lanes, actors, sources });
          expect(r.events.map((e) => e.id)).toEqual(
            events
              .filter((_, i) => inLane(rows[i]!) && byActor(rows[i]!) && bySource(rows[i]!))
              .map((e) => e.id),
          );
          const within = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter(keep);
          expect(sorted(r.counts.lanes)).toEqual(
            sorted(naive(within((x) => byActor(x) && bySource(x)).map((x) => [x.lane]))),
          );
          expect(sorted(r.counts.actors)).toEqual(
            sorted(naive(within((x) => inLane(x) && bySource(x)).map((x) => x.actors))),
          );
          expect(sorted(r.counts.sources)).toEqual(
            sorted(naive(within((x) => inLane(x) && byActor(x)).map((x) => x.sources))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
