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
    [
      'uncited',
      'events[1] (contradiction).status: a draft with 1 citation(s): once its summary is marked, remove "status"',
    ],
    [
      'no-marker',
      'events[0] (talks).summary: sentence 2 has no citation marker: "They lasted eight hours."; end it with the markers of the citations it rests on, from [1] to [2]',
    ],
    [
      'no-marker',
      'events[1] (before-stop).summary: sentence 1 does not end with its markers: "Sherman called the talks frank and direct[1]."; they go after its closing punctuation',
    ],
    [
      'no-marker',
      'events[2] (only-markers).summary: sentence 1 is only markers, "[1]": a marker follows the sentence it supports',
    ],
    [
      'marker-out-of-range',
      'events[0] (talks).summary: sentence 2: marker [3] in "They lasted eight hours.[1][3]" points past the last citation; this event has 2 citations',
    ],
    [
      'marker-out-of-range',
      'events[1] (zero).summary: sentence 1: marker [0] in "Sherman called the talks "frank and direct."[0]"; markers count citations from [1]',
    ],
    [
      'unused-citation',
      'events[0] (talks).citations[1]: no sentence of the summary cites it (no marker [2])',
    ],
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
    expect(r.timeline.events.map((e) => e.id)).toEqual(['waiting', 'contradiction']);
    const e = r.timeline.events[0]!;
    expect(e.status).toBe('uncited');
    expect(e.citations).toEqual([]);
    expect(e.unverified).toEqual([{ source: 'talks', quote: 'The talks lasted nine hours.' }]);
    expect(r.problems.filter((p) => p.path.startsWith('events[0]')).map((p) => p.severity)).toEqual(
      ['warning', 'warning'],
    );
  });

  it('drops an event whose summary breaks the marker rule, and keeps one with an unused citation', async () => {
    expect((await broken('no-marker')).timeline.events).toEqual([]);
    expect((await broken('marker-out-of-range')).timeline.events).toEqual([]);
    const unused = await broken('unused-citation');
    expect(unused.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(unused.timeline.events.map((e) => e.id)).toEqual(['talks']);
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
          summary: 'Signed.[1]',
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

  it('does not keep an event whose passage cannot be checked (its source has no text)', () => {
    const r = validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'l', label: 'L' }],
        sources: [
          { id: 'bare', title: 'Bare', kind: 'article' },
          { id: 'gone', title: 'Gone', kind: 'article', file: 'sources/gone.txt' },
          { id: 'ok', title: 'OK', kind: 'article', text: 'It happened.' },
        ],
        events: ['bare', 'gone', 'ok'].map((source) => ({
          id: `cites-${source}`,
          title: source,
          start: '2022-01-10',
          lane: 'l',
          summary: 'It happened.[1]',
          citations: [{ source, quote: 'It happened.' }],
        })),
      },
      new Map(),
    );
    expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'sources[0] (bare): an article needs its text: give "file" or "text"',
      'sources[1] (gone).file: could not read "sources/gone.txt"',
      'events[0] (cites-bare).citations[0].source: source "bare" has no text to find the quote in (it gives no "file" or "text"), so the passage cannot be checked',
      'events[1] (cites-gone).citations[0].source: source "gone" has no text to find the quote in (its file "sources/gone.txt" could not be read), so the passage cannot be checked',
    ]);
    expect(r.timeline.events.map((e) => e.id)).toEqual(['cites-ok']);
  });
});

describe('source files whose names hold characters a URL reads otherwise', () => {
  it('reads them, spaces and accents as written, "#" and "%" escaped', async () => {
    const r = await loadFile('tests/fixtures/file-names/timeline.json');
    expect(r.lines).toEqual([]);
    expect(r.timeline.events).toHaveLength(3);
  });
  it('says why a file that is there was not read, and how to write its name', async () => {
    const r = await loadFile('tests/fixtures/file-names/unescaped.json');
    expect(r.lines).toEqual([
      'sources[1] (b).file: could not read "sources/notes#2.txt"; in a URL "#" ends the path (what follows is a fragment): write it "%23", or rename the file',
      'sources[2] (c).file: could not read "sources/100%.txt"; in a URL "%" starts an escape: write it "%25", or rename the file',
      'events[1] (e2).citations[0].source: source "b" has no text to find the quote in (its file "sources/notes#2.txt" could not be read), so the passage cannot be checked',
      'events[2] (e3).citations[0].source: source "c" has no text to find the quote in (its file "sources/100%.txt" could not be read), so the passage cannot be checked',
    ]);
    // Not drawn as if cited: only the event whose passage was found is kept.
    expect(r.timeline.events.map((e) => e.id)).toEqual(['e1']);
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

/** One event over one article, with the summary given; `extra` overrides the event's fields. */
const data = (summary: string, extra: object = {}) => ({
  title: 't',
  lanes: [{ id: 'd', label: 'D' }],
  sources: [
    {
      id: 's',
      title: 'Talks',
      kind: 'article',
      text: 'The meeting began a little before 9 a.m. The talks lasted eight hours.',
    },
  ],
  events: [
    {
      id: 'e',
      title: 'Talks',
      start: '2022-01-10',
      lane: 'd',
      summary,
      citations: [
        { source: 's', quote: 'The meeting began a little before 9 a.m.' },
        { source: 's', quote: 'The talks lasted eight hours.' },
      ],
      ...extra,
    },
  ],
});

describe('an end that is not after its start', () => {
  const ends = (start: string, end: string) =>
    validateTimeline(
      data('The meeting began a little before 9 a.m.[1] The talks lasted eight hours.[2]', {
        start,
        end,
      }),
      new Map(),
    ).problems.map((p) => p.message);
  it('says an end before its start is before it', () => {
    expect(ends('2022-01-10', '2022-01-09')).toEqual(['"2022-01-09" is before start "2022-01-10"']);
    expect(ends('2022-02', '2022-01-31')).toEqual(['"2022-01-31" is before start "2022-02"']);
  });
  // March 2026 is not before 2026: it is inside it, and ends before the year does.
  it('says an end inside its start’s span ends first, and how to mend it', () => {
    for (const [start, end] of [
      ['2026', '2026-03'],
      ['2022-01', '2022-01-10'],
    ] as const) {
      const [message, ...rest] = ends(start, end);
      expect(rest).toEqual([]);
      expect(message).toMatch(
        new RegExp(
          `^"${end}" ends before start "${start}" does, so the event could begin after it ends`,
        ),
      );
      expect(message).not.toMatch(/is before start/);
    }
  });
  it('takes an end at or after the end of its start’s span', () => {
    expect(ends('2026', '2026-12-31')).toEqual([]);
    expect(ends('2022-01', '2022-02')).toEqual([]);
    expect(ends('2022-01-10', '2022-01-10')).toEqual([]);
  });
});

describe('times of day at different offsets from UTC', () => {
  const summary = 'The meeting began a little before 9 a.m.[1] The talks lasted eight hours.[2]';
  const at = (id: string, start: string, end?: string) => ({
    ...data(summary).events[0]!,
    id,
    start,
    ...(end ? { end } : {}),
  });
  const timeline = (...events: object[]) =>
    validateTimeline({ ...data(summary), events }, new Map());

  it('are put in the order they happened, by the clock most of them give', () => {
    const { timeline: t, problems } = timeline(
      at('washington', '2022-01-10T09:00-05:00'), // 14:00 UTC
      at('geneva', '2022-01-10T14:30+01:00'), // 13:30 UTC
      at('moscow', '2022-01-10T16:00+03:00'), // 13:00 UTC
      at('brussels', '2022-01-10T14:45+01:00'), // 13:45 UTC
    );
    expect(problems).toEqual([]);
    expect(t.clock).toBe(60);
    expect(t.events.map((e) => e.id)).toEqual(['moscow', 'geneva', 'brussels', 'washington']);
    // Each where the clock (UTC+01:00) reads its instant.
    expect(t.eventsById.get('moscow')!.t0).toBe(Date.UTC(2022, 0, 10, 14, 0));
    expect(t.eventsById.get('washington')!.t0).toBe(Date.UTC(2022, 0, 10, 15, 0));
  });

  it('take a range that ends at an earlier wall-clock time in a later time zone', () => {
    // From Moscow at 18:00 (15:00 UTC) to Geneva at 17:00 (16:00 UTC): an hour.
    const { timeline: t, problems } = timeline(
      at('flight', '2022-01-09T18:00+03:00', '2022-01-09T17:00+01:00'),
      at('talks', '2022-01-10T08:55+01:00'),
    );
    expect(problems).toEqual([]);
    const flight = t.eventsById.get('flight')!;
    expect(flight.t1 - flight.t0).toBe(61 * 60_000);
  });

  it('have no clock when the data gives no time of day', () => {
    expect(timeline(at('a', '2022-01-10')).timeline.clock).toBeUndefined();
  });
});

describe('the marker rule', () => {
  const lines = (summary: string, extra?: object) =>
    validateTimeline(data(summary, extra), new Map()).problems.map(
      (p) => `${p.severity} ${p.path}: ${p.message}`,
    );

  it('accepts markers after the full stop, quote marks and abbreviations', () => {
    expect(
      lines('Talks began before 9 a.m. at the U.S. mission.[1] "The talks lasted eight hours."[2]'),
    ).toEqual([]);
    expect(lines('Talks began.[1][2]')).toEqual([]);
  });

  it('exempts an uncited draft: its summary needs no markers and its citations no marker', () => {
    // A draft that has gathered citations is only reminded to mark its summary.
    expect(lines('Talks began. They lasted long.', { status: 'uncited' })).toEqual([
      'warning events[0] (e).status: a draft with 2 citation(s): once its summary is marked, remove "status"',
    ]);
    expect(lines('Talks began. They lasted long.')).toHaveLength(2);
  });

  it('names each unmarked sentence once, and no unused citation when there is no marker at all', () => {
    expect(lines('Talks began. They lasted long.')).toEqual([
      'error events[0] (e).summary: sentence 1 has no citation marker: "Talks began."; end it with the markers of the citations it rests on, from [1] to [2]',
      'error events[0] (e).summary: sentence 2 has no citation marker: "They lasted long."; end it with the markers of the citations it rests on, from [1] to [2]',
    ]);
  });

  it('warns about an unused citation only, and keeps the event, when a blank summary cites nothing', () => {
    const r = validateTimeline(data(''), new Map());
    expect(r.problems.map((p) => `${p.severity} ${p.path}`)).toEqual([
      'warning events[0] (e).citations[0]',
      'warning events[0] (e).citations[1]',
    ]);
    expect(r.timeline.events).toHaveLength(1);
  });

  it('quotes a long sentence clipped, and a huge marker as written', () => {
    const long = `${'Word '.repeat(60)}end.[99999999999999999999]`;
    const [first] = lines(long);
    expect(first).toMatch(
      /^error events\[0\] \(e\)\.summary: sentence 1: marker \[9999999999… in "Word Word .*…" points past the last citation; this event has 2 citations$/,
    );
    expect(first!.length).toBeLessThan(260);
  });
});
