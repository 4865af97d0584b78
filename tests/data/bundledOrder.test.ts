import { describe, expect, it } from 'vitest';
import { validateTimeline, type Timeline } from '../../src/core';
import { loadFile } from '../core/model/loadFixture';

/**
 * A date-only event sorts at the start of its day. If it shares its day, its lane and a named
 * person with an event that has a time of day, it is almost always that person's statement about
 * the timed event (a press conference after a meeting), and it would be drawn and listed before
 * the thing it reacts to. Such an event must carry an approximate time instead. Returns one line
 * per offending pair, in sorted order.
 */
function dateOnlyBeforeTimed(timeline: Timeline): string[] {
  const persons = new Set(timeline.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  const found: string[] = [];
  timeline.events.forEach((early, i) => {
    if (early.startDate.precision !== 'day') return;
    for (const timed of timeline.events.slice(i + 1)) {
      if (timed.startDate.precision !== 'minute') continue;
      if (timed.lane !== early.lane || timed.start.slice(0, 10) !== early.start) continue;
      const shared = (early.actors ?? []).filter(
        (a) => persons.has(a) && (timed.actors ?? []).includes(a),
      );
      if (shared.length > 0) found.push(`${early.id} sorts before ${timed.id} (${shared.join(', ')})`);
    }
  });
  return found;
}

describe('the rule on a small dataset', () => {
  const text = 'They met at nine. She spoke afterwards. He spoke elsewhere.';
  const event = (id: string, start: string, lane: string, actors: string[], quote: string) => ({
    id,
    title: id,
    start,
    lane,
    actors,
    summary: `${quote}[1]`,
    citations: [{ source: 's', quote }],
  });
  const dataset = (events: unknown[]) =>
    validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'talks', label: 'Talks' }, { id: 'war', label: 'War' }],
        actors: [
          { id: 'sherman', name: 'Sherman', kind: 'person' },
          { id: 'us', name: 'US', kind: 'state' },
        ],
        sources: [{ id: 's', title: 'S', kind: 'article', text }],
        events,
      },
      new Map(),
    ).timeline;

  it('flags a date-only statement that would sort before the timed meeting it follows', () => {
    const t = dataset([
      event('meeting', '2022-01-10T09:00+01:00', 'talks', ['sherman', 'us'], 'They met at nine.'),
      event('statement', '2022-01-10', 'talks', ['sherman'], 'She spoke afterwards.'),
    ]);
    expect(dateOnlyBeforeTimed(t)).toEqual(['statement sorts before meeting (sherman)']);
  });

  it('leaves alone a timed statement, another lane, and a shared state that names no person', () => {
    const t = dataset([
      event('meeting', '2022-01-10T09:00+01:00', 'talks', ['sherman', 'us'], 'They met at nine.'),
      event('statement', '2022-01-10T17:00+01:00', 'talks', ['sherman'], 'She spoke afterwards.'),
      event('elsewhere', '2022-01-10', 'war', ['sherman'], 'He spoke elsewhere.'),
    ]);
    expect(dateOnlyBeforeTimed(t)).toEqual([]);
    const u = dataset([
      event('meeting', '2022-01-10T09:00+01:00', 'talks', ['sherman', 'us'], 'They met at nine.'),
      event('statement', '2022-01-10', 'talks', ['us'], 'She spoke afterwards.'),
    ]);
    expect(dateOnlyBeforeTimed(u)).toEqual([]);
  });
});

describe('the bundled dataset', () => {
  const bundled = loadFile('data/timeline.json');

  it('validates with no errors and no warnings', async () => {
    expect((await bundled).lines).toEqual([]);
  });

  it('puts no date-only reaction before the timed event it follows', async () => {
    expect(dateOnlyBeforeTimed((await bundled).timeline)).toEqual([]);
  });

  it('explains every approximate date in a dateNote', async () => {
    const unexplained = (await bundled).timeline.events
      .filter((e) => e.approximate && !e.dateNote?.trim())
      .map((e) => e.id);
    expect(unexplained).toEqual([]);
  });
});
