import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate';
import { filterEvents, NO_FILTER, validateTimeline } from '../../../src/core';

describe('facet counts', () => {
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
