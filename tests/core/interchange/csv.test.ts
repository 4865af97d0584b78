import { describe, expect, it } from 'vitest';
import type { TimelineEventData } from '../../../src/core';
import { exportCsv, importCsv, readCsv } from '../../../src/core/interchange';
import { loadDataset, textsIn, validateImport } from './helpers';

const dir = 'tests/fixtures/varied';
const original = loadDataset(dir);
const sourceText = textsIn(`${dir}/sources`);
// Exports write events in time order; a dataset's file may list them in any order.
const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('exportCsv', () => {
  const csv = exportCsv({ timeline: original.timeline }).text;
  const lines = csv.trimEnd().split('\n');

  it('writes our header and one row per citation, one bare row for an uncited event', () => {
    expect(lines[0]).toBe(
      'id,title,start,end,approximate,dateNote,lane,actors,summary,disputed,background,source,quote',
    );
    const cites = original.timeline.events.reduce(
      (n, e) => n + Math.max(1, e.citations.length + (e.unverified?.length ?? 0)),
      0,
    );
    expect(readCsv(csv).events).toHaveLength(original.timeline.events.length);
    expect(lines.length - 1).toBeGreaterThanOrEqual(cites);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csv).toContain("'-0043-03-15");
  });
});

describe('exportCsv, then importCsv', () => {
  it('gives back the same dataset, given the sources and the original as base', () => {
    const csv = exportCsv({ timeline: original.timeline }).text;
    const back = importCsv(csv, { sourceText, base: original.data });
    expect(validateImport(back).errors).toEqual([]);
    const { events, ...rest } = JSON.parse(JSON.stringify(back.data));
    const { events: events0, ...rest0 } = original.data;
    expect(rest).toEqual(rest0);
    expect(byId(events)).toEqual(byId(events0));
  });

  it('gives back the same events without a base, lanes and sources created by id', () => {
    const back = importCsv(exportCsv({ timeline: original.timeline }).text, { sourceText });
    const v = validateImport(back);
    expect(v.errors).toEqual([]);
    expect(byId(back.data.events)).toEqual(
      byId<TimelineEventData>(JSON.parse(JSON.stringify(original.data.events))).map((e) =>
        // A reference has no text to check a quote against: without the base's source,
        // the background event comes back uncited, its paraphrase under "unverified".
        e.background
          ? {
              ...e,
              status: 'uncited',
              citations: [],
              summary: expect.any(String),
              unverified: expect.any(Array),
            }
          : e,
      ),
    );
    expect(back.data.lanes.map((l) => l.id)).toEqual(['treaties', 'talks']);
  });
});

describe('importCsv on a hand-made sheet', () => {
  const csv = [
    'ID,Title,Start,End,Approximate,Date note,Lane,Actors,Summary,Disputed,Background,Source,Quote,Notes',
    'ides,"Caesar, stabbed",-0043-03-15,,,,Treaties & crowns,Brutus; Cassius,He was stabbed. The senators fled,,,chronicle,the dictator was stabbed in the theatre of Pompey,mine',
    'ides,,,,,,,,,,,chronicle,and the senators fled',
    ',Unsourced claim,1648,,yes,,Treaties & crowns,,Something happened,,,,,',
    'typo,A quote not in the text,2022-01-10,,,,talks,,It began,,,letters,The meeting began at dawn.,',
    'nofile,A source with no text,2022-01-10,,,,talks,,It began,,,diary,Some words.,',
    'bad,Bad date,10/01/2022,,,,talks,,x,,,,,',
  ].join('\n');
  const r = importCsv(csv, { sourceText });
  const ev = (id: string) => r.data.events.find((e) => e.id === id)!;

  it('validates, with every event kept but the undatable one, which the report names', () => {
    expect(validateImport(r).errors).toEqual([]);
    expect(r.data.events.map((e) => e.id)).toEqual(['ides', 'unsourced-claim', 'typo', 'nofile']);
    expect(r.report).toContain(
      'left out row 7 ("Bad date"): start "10/01/2022" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+01:00 (years before 1000 keep four digits, "0800"; before the common era they are astronomical, "-0043" is 44 BCE)',
    );
    expect(r.report).toContain(
      'column "Notes" is not one of ours (id, title, start, end, approximate, dateNote, lane, actors, summary, disputed, background, source, quote): ignored',
    );
  });

  it('joins rows with the same id into one event, one citation per row, markers per sentence', () => {
    expect(ev('ides')).toMatchObject({
      title: 'Caesar, stabbed',
      lane: 'treaties-crowns',
      actors: ['brutus', 'cassius'],
      citations: [
        { source: 'chronicle', quote: 'the dictator was stabbed in the theatre of Pompey' },
        { source: 'chronicle', quote: 'and the senators fled' },
      ],
      summary: 'He was stabbed.[1][2] The senators fled.[1][2]',
    });
    expect(r.data.lanes[0]).toEqual({ id: 'treaties-crowns', label: 'Treaties & crowns' });
    expect(r.data.sources.map((s) => s.id)).toEqual(['chronicle', 'letters']);
    expect(r.texts.get('sources/chronicle.txt')).toContain('Ides of March');
  });

  it('keeps events with no verifiable passage as uncited, their quotes under unverified', () => {
    expect(ev('unsourced-claim')).toMatchObject({
      status: 'uncited',
      citations: [],
      approximate: true,
      summary: 'Something happened',
    });
    expect(ev('typo')).toMatchObject({
      status: 'uncited',
      unverified: [{ source: 'letters', quote: 'The meeting began at dawn.' }],
    });
    expect(ev('nofile').unverified).toEqual([{ source: 'diary', quote: 'Some words.' }]);
    expect(r.report).toContain(
      'row 5: quote not found in source "letters"; kept under "unverified"',
    );
    expect(r.report).toContain(
      'row 6: no text for source "diary" (looked for diary.txt); quote kept under "unverified"',
    );
    expect(r.report[0]).toBe(
      '4 event(s): 1 cited, 3 uncited (marked "status": "uncited"); 2 quote(s) not verified, kept under "unverified"',
    );
  });
});
