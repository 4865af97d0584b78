import { describe, expect, it } from 'vitest';
import {
  filterEvents as filter,
  NO_FILTER,
  validateTimeline,
  type EventFilter,
  type Timeline,
} from '../../../src/core';
import { searchMarks } from '../../../src/core/filter/searchMarks';

// With the search, as the app has it once its chunk is here.
const filterEvents = (t: Timeline, f: EventFilter) => filter(t, f, searchMarks);

const text =
  'Preamble. The envoy spoke of barracks and troops. ' +
  'Filler text. '.repeat(60) +
  'Far away, the word barracks again.';
const { timeline } = validateTimeline(
  {
    title: 't',
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    actors: [{ id: 'us', name: 'US', kind: 'state' }],
    sources: [{ id: 's', title: 'S', kind: 'article', text }],
    events: [
      {
        id: 'near',
        title: 'Envoy speaks',
        start: '2022-01-10',
        lane: 'a',
        actors: ['us'],
        summary: 'He spoke.[1]',
        citations: [{ source: 's', quote: 'The envoy spoke of' }],
      },
      {
        id: 'title',
        title: 'Barracks emptied',
        start: '2022-01-11',
        lane: 'b',
        summary: 'X.[1]',
        citations: [{ source: 's', quote: 'Preamble.' }],
      },
      {
        id: 'other',
        title: 'Nothing',
        start: '2022-01-12',
        lane: 'b',
        summary: 'X.[1]',
        citations: [{ source: 's', quote: 'Far away, the word barr' }],
      },
    ],
  },
  new Map(),
);

describe('filterEvents', () => {
  it('passes everything with no filter, with counts per facet', () => {
    const r = filterEvents(timeline, NO_FILTER);
    expect(r.events).toHaveLength(3);
    expect(Object.fromEntries(r.counts.lanes)).toEqual({ a: 1, b: 2 });
  });

  it('finds events by their own text and by a hit in a source inside or across a passage they cite', () => {
    const r = filterEvents(timeline, { ...NO_FILTER, query: 'barracks' });
    expect(r.events.map((e) => e.id)).toEqual(['title', 'other']);
    expect(r.bySource.has('title')).toBe(false);
    expect(r.bySource.has('other')).toBe(true); // "…the word barr" overlaps "barracks"
  });

  it('does not count a hit just after a cited passage ("The envoy spoke of" | "barracks")', () => {
    const r = filterEvents(timeline, { ...NO_FILTER, query: 'barracks' });
    expect(r.events.map((e) => e.id)).not.toContain('near');
    expect(
      filterEvents(timeline, { ...NO_FILTER, query: 'envoy spoke of barr' }).events.map(
        (e) => e.id,
      ),
    ).toEqual(['near']);
  });

  it('combines facets with the search, and counts each facet within the others', () => {
    const r = filterEvents(timeline, { ...NO_FILTER, query: 'barracks', lanes: ['b'] });
    expect(r.events.map((e) => e.id)).toEqual(['title', 'other']);
    expect(Object.fromEntries(r.counts.lanes)).toEqual({ b: 2 });
    expect(
      filterEvents(timeline, { ...NO_FILTER, actors: ['us'] }).events.map((e) => e.id),
    ).toEqual(['near']);
  });

  it('searches a summary as prose: its markers never match, a phrase across one does', () => {
    const ids = (query: string) =>
      filterEvents(timeline, { ...NO_FILTER, query }).events.map((e) => e.id);
    expect(ids('[1]')).toEqual([]);
    expect(ids('he spoke.')).toEqual(['near']);
  });
});

describe('filterEvents: names, accents and notes', () => {
  // Accented text before the cited passage: a hit's offset must still land on it.
  const body =
    'İstanbul, Zürich, São Paulo. '.repeat(40) +
    'Meeting in Zürich on Monday. Ása Berg told reporters at 9:40.';
  const { timeline: t } = validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'a', label: 'A' }],
      actors: [
        {
          id: 'berg',
          name: 'Ása Berg',
          kind: 'person',
          office: 'Deputy Minister of Norland',
          aliases: ['Asa Bergh'],
        },
      ],
      sources: [{ id: 's', title: 'S', kind: 'article', text: body }],
      events: [
        {
          id: 'talks',
          title: 'Talks open',
          start: '2026-03-17',
          dateNote: 'Opened on Tuesday.',
          lane: 'a',
          actors: ['berg'],
          tags: ['fisheries'],
          summary: 'They opened.[1]',
          citations: [{ source: 's', quote: 'told reporters at 9:40.' }],
        },
        {
          id: 'quoted',
          title: 'A remark',
          start: '2026-03-18',
          lane: 'a',
          summary: 'A remark.[1]',
          citations: [{ source: 's', quote: 'Ása Berg told' }],
        },
        {
          id: 'elsewhere',
          title: 'Elsewhere',
          start: '2026-03-19',
          lane: 'a',
          summary: 'Elsewhere.[1]',
          citations: [{ source: 's', quote: 'Meeting in Zürich on Monday.' }],
        },
      ],
    },
    new Map(),
  );
  const ids = (query: string) => filterEvents(t, { ...NO_FILTER, query }).events.map((e) => e.id);

  it('finds an event by the name, another name or the office of one of its actors', () => {
    expect(ids('berg')).toEqual(['talks', 'quoted']);
    expect(ids('Asa Bergh')).toEqual(['talks']);
    expect(ids('deputy minister')).toEqual(['talks']);
  });
  it('sets accents and case aside, in events and in sources', () => {
    expect(ids('asa berg')).toEqual(['talks', 'quoted']);
    expect(ids('ÁSA')).toEqual(['talks', 'quoted']);
    expect(ids('zurich')).toEqual(['elsewhere']);
    // A hit in the source after 1,000 accented letters still lands on the passage it is in.
    expect([...filterEvents(t, { ...NO_FILTER, query: 'berg told reporters' }).bySource]).toEqual([
      'talks',
      'quoted',
    ]);
  });
  it('finds an event by its date note and its tags', () => {
    expect(ids('tuesday')).toEqual(['talks']);
    expect(ids('fisheries')).toEqual(['talks']);
  });
});

describe('a search a source holds more than a thousand times', () => {
  // "a b" 1,500 times, then once more across the start of the one passage the event cites.
  const long = 'a b '.repeat(1500) + 'a bend of the river.';
  const { timeline: t } = validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'a', label: 'A' }],
      sources: [{ id: 's', title: 'S', kind: 'article', text: long }],
      events: [
        {
          id: 'bend',
          title: 'River',
          start: '2022-01-10',
          lane: 'a',
          summary: 'It bends.[1]',
          citations: [{ source: 's', quote: 'bend of the river.' }],
        },
      ],
    },
    new Map(),
  );
  it('finds the event whose passage the last hit overlaps', () => {
    const r = filterEvents(t, { ...NO_FILTER, query: 'a b' });
    expect(r.events.map((e) => e.id)).toEqual(['bend']);
    expect([...r.bySource]).toEqual(['bend']);
  });
});

describe('without the search', () => {
  it('leaves a filter’s search out and applies the rest (the app does not show this)', () => {
    const r = filter(timeline, { ...NO_FILTER, query: 'barracks', lanes: ['b'] });
    expect(r.events.map((e) => e.id)).toEqual(['title', 'other']);
  });
});
