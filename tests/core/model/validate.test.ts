import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../src/core';
import { loadFile } from './loadFixture';

const broken = (name: string) => loadFile(`tests/fixtures/broken/${name}.json`);

describe('validateTimeline on a valid dataset', () => {
  it('accepts it with no problems, sorted, with dates parsed and quotes located', async () => {
    const r = await loadFile('tests/fixtures/valid/timeline.json');
    expect(r.lines).toEqual([]);
    expect(r.timeline.events.map((e) => e.id)).toEqual(['talks-length', 'talks-open']);
    const open = r.timeline.events.find((e) => e.id === 'talks-open');
    const body = r.timeline.sources[0]!.body!;
    const [start, end] = open!.citations[0]!.range!;
    expect(body.slice(start, end)).toBe('The meeting began a little before 9 a.m.');
  });
});

describe('validateTimeline on broken data names each problem by its place', () => {
  const cases: [string, string][] = [
    [
      'quote-missing',
      'events[0] (geneva-talks).citations[0].quote: not found in source "Talks open in Geneva"; closest: "The meeting began a little before 9 a.m.',
    ],
    [
      'quote-ambiguous',
      'events[0] (geneva-talks).citations[0].quote: found 2 times in source "Talks open in Geneva"',
    ],
    [
      'bad-date',
      'events[0] (feb-30).start: "2022-02-30" is not a calendar date (2022-02 has 28 days)',
    ],
    ['end-before-start', 'events[0] (backwards).end: "2022-01-09" is before start "2022-01-10"'],
    [
      'missing-fields',
      'events[0] (no-title).title: Invalid input: expected string, received undefined',
    ],
    [
      'missing-fields',
      'events[1] (no-citations).citations: an event needs at least one citation (or "status": "uncited" until it has one)',
    ],
    ['unknown-references', 'events[0] (dangling).lane: no lane with id "osce"'],
    ['unknown-references', 'events[0] (dangling).actors[0]: no actor with id "kremlin"'],
    ['unknown-references', 'events[0] (dangling).citations[0].source: no source with id "ghost"'],
    ['duplicate-ids', 'events[1] (twice).id: duplicate id "twice"'],
    ['hostile-id', 'events[0] (<img src=x onerror=alert(1)>).id: ids are letters, digits'],
    ['missing-file', 'sources[0] (talks).file: could not read "sources/nowhere.txt"'],
    ['not-an-object', '(root): expected a timeline object, got [1,2,3]'],
    ['unused', 'lanes[1] (spare): no event uses this lane'],
    ['misspelt', 'events[0] (typo).lanee: unknown field; did you mean "lane"?'],
    ['misspelt', 'lanes[0] (dialogue).colour: unknown field; did you mean "color"?'],
    ['misspelt', 'events[1] (odd).citations[0].qoute: unknown field; did you mean "quote"?'],
    ['misspelt', 'events[1] (odd).flavour: unknown field (known here: id, title, start'],
    ['uncited', 'events[0] (waiting): not yet cited: no passage of a source supports it yet'],
    ['uncited', 'events[0] (waiting).unverified: 1 quote(s) not found in their source'],
    ['uncited', 'events[1] (contradiction).status: "uncited" but it has 1 citation(s)'],
  ];
  it.each(cases)('%s: %s', async (name, expected) => {
    const r = await broken(name);
    expect(
      r.lines.some((l) => l.startsWith(expected)),
      r.lines.join('\n'),
    ).toBe(true);
  });

  it('says a truncated file is truncated, with the file named', async () => {
    const r = await broken('truncated');
    expect(r.fatal).toBe(true);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(
      /truncated\.json: not valid JSON .*(truncated|line \d+, column \d+)/,
    );
  });

  it('warns on unknown fields but keeps the events that are otherwise valid', async () => {
    const r = await broken('misspelt');
    const unknown = r.problems.filter((p) => p.message.startsWith('unknown field'));
    expect(unknown.every((p) => p.severity === 'warning')).toBe(true);
    expect(unknown).toHaveLength(4);
    expect(r.timeline.events.map((e) => e.id)).toEqual(['odd']); // "typo" has no lane
  });

  it('keeps an uncited event, marked, with its unverified quotes', async () => {
    const r = await broken('uncited');
    expect(r.timeline.events.map((e) => e.id)).toEqual(['waiting']);
    const e = r.timeline.events[0]!;
    expect(e.status).toBe('uncited');
    expect(e.citations).toEqual([]);
    expect(e.unverified).toEqual([{ source: 'talks', quote: 'The talks lasted nine hours.' }]);
    expect(r.problems.filter((p) => p.path.startsWith('events[0]')).map((p) => p.severity)).toEqual(
      ['warning', 'warning'],
    );
  });

  it('keeps the valid events when others are broken', async () => {
    const r = await broken('duplicate-ids');
    expect(r.timeline.events.map((e) => e.title)).toEqual(['A']);
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [
      null,
      undefined,
      42,
      'x',
      [],
      { events: 'no' },
      { lanes: [null], sources: [7], events: [null, 'e', { citations: [{}] }] },
    ]) {
      expect(() => validateTimeline(raw, new Map())).not.toThrow();
      expect(validateTimeline(raw, new Map()).problems.length).toBeGreaterThan(0);
    }
  });

  it('lets only background events cite a reference with no text', () => {
    const data = (background: boolean) => ({
      title: 't',
      lanes: [{ id: 'inf', label: 'INF' }],
      sources: [{ id: 'ref', title: 'Treaty', kind: 'reference', publisher: 'State' }],
      events: [
        {
          id: 'signed',
          title: 'Signed',
          start: '1987-12-08',
          lane: 'inf',
          summary: 's',
          background,
          citations: [{ source: 'ref', quote: 'Signed 8 December 1987.' }],
        },
      ],
    });
    expect(validateTimeline(data(true), new Map()).problems).toEqual([]);
    expect(validateTimeline(data(false), new Map()).problems[0]?.message).toMatch(
      /only background events/,
    );
  });
});

describe('validateTimeline on dates before 1970 and before the common era', () => {
  it('gives each event the span of its own dates (no stretch to 1970)', () => {
    const { timeline, problems } = validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'a', label: 'A' }],
        sources: [{ id: 's', title: 'S', kind: 'article', text: 'The dictator was stabbed.' }],
        events: [
          {
            id: 'ides',
            title: 'Ides',
            start: '-0043-03-15',
            lane: 'a',
            summary: 'Stabbed.[1]',
            citations: [{ source: 's', quote: 'The dictator was stabbed.' }],
          },
          {
            id: 'w',
            title: 'Westphalia',
            start: '1648-05-15',
            end: '1648-10-24',
            lane: 'a',
            summary: 's',
            status: 'uncited',
            citations: [],
          },
        ],
      },
      new Map(),
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const ides = timeline.eventsById.get('ides')!;
    expect(ides.t1 - ides.t0).toBe(86_400_000);
    const w = timeline.eventsById.get('w')!;
    expect(new Date(w.t1).toISOString()).toBe('1648-10-25T00:00:00.000Z');
    expect(timeline.events.map((e) => e.id)).toEqual(['ides', 'w']);
  });
});
