import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate';
import { filterEvents, NO_FILTER, unfiltered, validateTimeline } from '../../../src/core';

describe('unfiltered', () => {
  it('is what filterEvents gives with no filter (what first paint shows before the filter chunk)', () => {
    const { timeline: raw, texts } = generate(3000, 4);
    const data = {
      ...raw,
      actors: [
        { id: 'us', name: 'United States', kind: 'state' },
        { id: 'ru', name: 'Russia', kind: 'state' },
      ],
      // Some events name an actor twice, or cite a source twice: each counts once for it.
      events: raw.events.map((e, i) =>
        i % 5 === 0
          ? { ...e, actors: ['us', 'ru', 'us'], citations: [...e.citations, ...e.citations] }
          : e,
      ),
    };
    const { timeline } = validateTimeline(
      data,
      new Map(texts.map((t, s) => [`sources/src${s}.txt`, t])),
    );
    expect(timeline.events).toHaveLength(3000);
    const result = unfiltered(timeline);
    expect(result).toEqual(filterEvents(timeline, NO_FILTER));
    expect(result.counts.actors.get('us')).toBe(600);
    expect([...result.counts.sources.values()].reduce((a, b) => a + b, 0)).toBe(3000);
  });
});
