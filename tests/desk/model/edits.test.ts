import { describe, expect, it } from 'vitest';
import {
  addActor,
  addCitation,
  addEvent,
  addLane,
  addSource,
  removeCitation,
  updateEvent,
} from '../../../src/desk/model/edits';
import { blankDraft } from '../../../src/desk/model/draft';
import { validateDraft } from '../../../src/desk/model/preview';
import { problemsOfEvent } from '../../../src/desk/model/fieldProblems';

const TEXT = 'Russia and the United States met in Geneva on Monday. The talks lasted eight hours.';

describe('drafting a dataset from nothing with the desk’s edits', () => {
  it('ends in a dataset the validator accepts with no problems', () => {
    let d = blankDraft('Talks');
    const src = addSource(d, { title: 'Geneva report', text: TEXT, publisher: 'Le Monde' });
    d = src.draft;
    expect(d.data.sources[0]).toMatchObject({
      id: 'geneva-report',
      file: 'sources/geneva-report.txt',
    });
    expect(d.texts['sources/geneva-report.txt']).toBe(TEXT);
    const lane = addLane(d, 'Bilateral talks');
    d = lane.draft;
    const actor = addActor(d, {
      name: 'Sergei Ryabkov',
      kind: 'person',
      office: 'Deputy Foreign Minister',
      aliases: ['Riabkov'],
    });
    d = actor.draft;
    expect(d.data.actors?.[0]).toEqual({
      id: 'sergei-ryabkov',
      name: 'Sergei Ryabkov',
      kind: 'person',
      office: 'Deputy Foreign Minister',
      aliases: ['Riabkov'],
    });
    const ev = addEvent(d);
    d = addCitation(ev.draft, ev.id, {
      source: src.id,
      quote: 'The talks lasted eight hours.',
    }).draft;
    d = updateEvent(d, ev.id, {
      title: 'Geneva talks',
      start: '2022-01',
      lane: lane.id,
      actors: [actor.id],
      summary: 'The talks lasted eight hours.[1]',
    });
    const { problems, timeline } = validateDraft(d);
    expect(problems.filter((p) => p.path !== 'lanes[0] (main)')).toEqual([]);
    expect(timeline.events).toHaveLength(1);
  });

  it('names each of a new event’s problems by its field, in the validator’s words', () => {
    const ev = addEvent(blankDraft());
    const { problems } = validateDraft(ev.draft);
    const fields = problemsOfEvent(problems, 0, ev.draft.data.events[0]);
    expect([...fields.keys()].sort()).toEqual(['.citations', '.start', '.title']);
    expect(fields.get('.start')![0]!.message).toMatch(/expected YYYY/);
  });

  it('removing a citation renumbers the summary’s markers', () => {
    let d = addSource(blankDraft(), { title: 'S', text: TEXT }).draft;
    const ev = addEvent(d);
    d = addCitation(ev.draft, ev.id, { source: 's', quote: 'met in Geneva' }).draft;
    d = addCitation(d, ev.id, { source: 's', quote: 'eight hours' }).draft;
    d = updateEvent(d, ev.id, { summary: 'They met.[1] For eight hours.[2]' });
    d = removeCitation(d, ev.id, 0);
    expect(d.data.events[0]).toMatchObject({
      summary: 'They met. For eight hours.[1]',
      citations: [{ source: 's', quote: 'eight hours' }],
    });
  });

  it('gives new things ids that are free, and never overwrites a source text', () => {
    let d = addSource(blankDraft(), { title: 'Report', text: 'a' }).draft;
    d = addSource(d, { title: 'Report', text: 'b' }).draft;
    expect(d.data.sources.map((s) => [s.id, s.file])).toEqual([
      ['report', 'sources/report.txt'],
      ['report-2', 'sources/report-2.txt'],
    ]);
    expect(d.texts).toEqual({ 'sources/report.txt': 'a', 'sources/report-2.txt': 'b' });
  });

  it('keeps a pasted text exactly as text', () => {
    const hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const d = addSource(blankDraft(), { title: 'x', text: hostile }).draft;
    expect(Object.values(d.texts)).toEqual([hostile]);
  });
});
