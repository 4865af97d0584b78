import { describe, expect, it } from 'vitest';
import { chronology, validateTimeline } from '../../../src/core';

const text = 'The talks began at 9 a.m. They lasted eight hours. Riabkov made no concessions.';
const { timeline } = validateTimeline(
  {
    title: 'Fixture',
    lanes: [{ id: 'talks', label: 'Talks' }],
    sources: [
      {
        id: 'a',
        title: 'Article A',
        kind: 'article',
        text,
        publisher: 'Paper',
        published: '2022-01-10',
      },
      { id: 'b', title: 'Article B', kind: 'article', text },
      { id: 'unused', title: 'Never cited', kind: 'article', text },
    ],
    events: [
      {
        id: 'one',
        title: 'Talks open',
        start: '2022-01-10',
        lane: 'talks',
        summary: 'The talks began at nine.[1] They lasted eight hours.[2][1]',
        citations: [
          { source: 'b', quote: 'The talks began at 9 a.m.' },
          { source: 'a', quote: 'They lasted eight hours.' },
        ],
      },
      {
        id: 'two',
        title: 'No concessions',
        start: '2022-01-11',
        lane: 'talks',
        summary: 'Riabkov made none.[1]',
        citations: [{ source: 'a', quote: 'Riabkov made no concessions.' }],
      },
    ],
  },
  new Map(),
);

describe('chronology', () => {
  it('numbers the notes through the whole document and calls them from the sentences', () => {
    const c = chronology(timeline, timeline.events);
    expect(c.entries.map((e) => e.notes.map((n) => n.n))).toEqual([[1, 2], [3]]);
    expect(c.entries[0]!.summary).toEqual([
      [
        { kind: 'text', text: 'The talks began at nine.' },
        { kind: 'note', n: 1 },
      ],
      [
        { kind: 'text', text: 'They lasted eight hours.' },
        { kind: 'note', n: 2 },
        { kind: 'note', n: 1 },
      ],
    ]);
    expect(c.entries[1]!.summary).toEqual([
      [
        { kind: 'text', text: 'Riabkov made none.' },
        { kind: 'note', n: 3 },
      ],
    ]);
    expect(c.entries[1]!.notes[0]!.citation.quote).toBe('Riabkov made no concessions.');
  });
  it('lists the sources the printed events cite, in the order first cited, and no others', () => {
    expect(chronology(timeline, timeline.events).sources.map((s) => s.id)).toEqual(['b', 'a']);
    expect(chronology(timeline, timeline.events.slice(1)).sources.map((s) => s.id)).toEqual(['a']);
  });
  it('numbers only what is printed: a filtered chronology starts its notes at 1', () => {
    expect(chronology(timeline, timeline.events.slice(1)).entries[0]!.notes[0]!.n).toBe(1);
  });
});
