import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTimelineJs, importTimelineJs } from '../../../src/core/interchange';
import { loadDataset, textsIn, validateImport } from './helpers';

const fixture = JSON.parse(readFileSync('tests/fixtures/timelinejs/treaties.json', 'utf8'));
const none = () => undefined;

describe('importTimelineJs', () => {
  const r = importTimelineJs(fixture, { sourceText: none });
  const byTitle = (t: string) => r.data.events.find((e) => e.title === t)!;

  it('imports every slide to a dataset that validates with no errors', () => {
    const v = validateImport(r);
    expect(v.errors).toEqual([]);
    expect(v.timeline.events).toHaveLength(fixture.events.length);
  });

  it('gives each date the precision of the parts given, BCE years made astronomical', () => {
    expect(byTitle('Treaty of Kadesh').start).toBe('-1258'); // TimelineJS -1259 is 1259 BCE
    expect(byTitle('The Ides of March').start).toBe('-0043-03-15');
    expect(byTitle('Treaty of Verdun').start).toBe('0843-08');
    expect(byTitle('Peace of Westphalia')).toMatchObject({
      start: '1648-05-15',
      end: '1648-10-24',
    });
    expect(byTitle('Congress of Vienna')).toMatchObject({
      start: '1814-09',
      end: '1815-06',
      approximate: true,
    });
    expect(byTitle('Armistice of Compiègne takes effect').start).toBe('1918-11-11T11:00Z');
  });

  it('turns HTML into plain text, running and keeping none of it', () => {
    const ides = byTitle('The Ides of March');
    expect(ides.summary).toBe(
      'Caesar is stabbed in the Senate. Rome & its allies wonder what comes next.',
    );
    expect(JSON.stringify(r.data)).not.toMatch(/alert|<script|onerror|javascript:/);
    expect(r.data.title).toBe('Treaties & Truces from Kadesh to Compiègne');
    expect(byTitle('Peace of Westphalia').summary).toBe(
      "Signed at Münster and Osnabrück. Ends the Thirty Years' War. Ends the Eighty Years' War",
    );
  });

  it('keeps ids, groups as lanes, media, display dates and eras', () => {
    expect(byTitle('The Ides of March').id).toBe('ides-of-march');
    expect(byTitle('Treaty of Kadesh').id).toBe('treaty-of-kadesh');
    expect(r.data.lanes.map((l) => l.label)).toEqual([
      'Antiquity',
      'Middle Ages',
      'Early modern',
      'Events',
    ]);
    expect(byTitle('Treaty of Verdun').media).toEqual({
      url: 'https://example.org/verdun.jpg',
      credit: 'Example archive',
      caption: 'The division of 843',
    });
    expect(byTitle('Peace of Westphalia').dateNote).toBe(
      'Shown in TimelineJS as "May–October 1648".',
    );
    expect(r.data.chapters).toEqual([
      { id: 'antiquity', label: 'Antiquity', start: '-1299', end: '0476' },
      { id: 'modern-treaties', label: 'Modern treaties', start: '1600', end: '1918-12' },
    ]);
  });

  it('marks every event uncited (TimelineJS has no passages) and says so', () => {
    expect(r.data.events.every((e) => e.status === 'uncited' && e.citations.length === 0)).toBe(
      true,
    );
    expect(r.report[0]).toBe('6 event(s): 0 cited, 6 uncited (marked "status": "uncited")');
    expect(r.report).toContain(
      'times of day read as UTC ("Z"): TimelineJS gives no offset (--offset +01:00 to say otherwise)',
    );
  });

  it('leaves out a slide with no usable date, and says which', () => {
    const broken = { events: [...fixture.events, { text: { headline: 'Undated' } }] };
    const b = importTimelineJs(broken, { sourceText: none });
    expect(b.data.events).toHaveLength(6);
    expect(b.report).toContain(
      'left out events[6] ("Undated"): its start_date has no usable year, month or day',
    );
  });
});

describe('exportTimelineJs, then importTimelineJs', () => {
  const dir = 'tests/fixtures/varied';
  const original = loadDataset(dir);

  it('writes TimelineJS 3 JSON: headline, text, dates as parts, group, unique_id, eras', () => {
    const out = JSON.parse(exportTimelineJs({ timeline: original.timeline }).text);
    const ides = out.events.find((e: { unique_id: string }) => e.unique_id === 'ides');
    expect(ides.start_date).toEqual({ year: -44, month: 3, day: 15 }); // shown by TimelineJS as 44 BCE
    expect(ides.group).toBe('Treaties & crowns');
    const talks = out.events.find((e: { unique_id: string }) => e.unique_id === 'talks-open');
    expect(talks.start_date).toEqual({ year: 2022, month: 1, day: 10, hour: 8, minute: 55 });
    expect(talks.text.headline).toBe('Talks open, &quot;a little before 9&quot;');
    expect(out.eras).toEqual([
      {
        start_date: { year: 1987, month: 1, day: 1 },
        end_date: { year: 2022, month: 1, day: 31 },
        text: { headline: 'Modern times' },
      },
    ]);
  });

  it('re-imports to the same events (with the sources and the original lanes given)', () => {
    const out = JSON.parse(exportTimelineJs({ timeline: original.timeline }).text);
    const back = importTimelineJs(out, {
      sourceText: textsIn(`${dir}/sources`),
      base: original.data,
      offset: '+01:00',
    });
    expect(validateImport(back).errors).toEqual([]);
    const strip = (e: object) => JSON.parse(JSON.stringify(e));
    // The background event cites a reference with no text: it comes back as it went.
    expect(back.data.events.map(strip)).toEqual(
      [...original.timeline.events].map((e) =>
        strip({
          id: e.id,
          title: e.title,
          start: e.start,
          end: e.end,
          approximate: e.approximate,
          dateNote: e.dateNote,
          lane: e.lane,
          actors: e.actors,
          summary: e.summary,
          disputed: e.disputed,
          background: e.background,
          status: e.status,
          citations: e.citations.map((c) => ({ source: c.source, quote: c.quote })),
          unverified: e.unverified,
        }),
      ),
    );
  });
});
