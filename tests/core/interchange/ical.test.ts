import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportIcs, icalUid } from '../../../src/core/interchange';
import { loadDataset } from './helpers';

const { timeline } = loadDataset('tests/fixtures/varied');
const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const ics = exportIcs({ timeline, now });

// ical.js prints year 800 as "800-12-25"; ISO writes four digits.
const iso = (t: ICAL.Time | null) =>
  t && t.toString().replace(/^\d{1,3}-/, (y) => y.padStart(5, '0'));

/** The file as an independent parser reads it: ical.js, Mozilla's. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: iso(e.startDate),
      end: iso(e.endDate),
      allDay: e.startDate.isDate,
      categories: v.getFirstPropertyValue('categories'),
    };
  });
}

describe('exportIcs, read back by ical.js', () => {
  const events = parse(ics.text);
  const by = (id: string) =>
    events.find((e) => e.uid === icalUid(timeline, timeline.eventsById.get(id)!))!;

  it('holds one VEVENT per event it can write; events before 1 CE are listed as left out', () => {
    expect(events).toHaveLength(timeline.events.length - 1);
    expect(ics.notes).toEqual([
      '1 event(s) left out: iCalendar cannot write years before 1 CE or after 9999: ides (15 March 44 BCE)',
    ]);
  });

  it('writes a day as an all-day event whose DTEND is the next day', () => {
    expect(by('coronation')).toMatchObject({
      allDay: true,
      start: '0800-12-25',
      end: '0800-12-26',
    });
    expect(by('rumour')).toMatchObject({ allDay: true, start: '2022-01-11', end: '2022-01-12' });
  });

  it('writes times of day in UTC, at their true instant', () => {
    expect(by('talks-open')).toMatchObject({ allDay: false, start: '2022-01-10T07:55:00Z' });
    expect(by('council')).toMatchObject({
      start: '2022-01-12T09:00:00Z',
      end: '2022-01-12T12:30:00Z',
    });
    expect(ics.text).toMatch(/DTSTART:20220110T075500Z/);
  });

  it('spans a month or a year, and says in the description that the date is known only to it', () => {
    expect(by('drafts')).toMatchObject({ allDay: true, start: '2021-12-01', end: '2022-01-01' });
    expect(by('drafts').description).toMatch(/^Date: December 2021 \(known only to the month\)/);
    expect(by('almanac-1987')).toMatchObject({ start: '1987-01-01', end: '1988-01-01' });
    expect(by('westphalia')).toMatchObject({ start: '1648-04-01', end: '1648-10-25' });
    expect(by('westphalia').description).toMatch(/\(approx\.\) \(known only to the month\)/);
  });

  it('puts the summary, disagreement, quotes and sources in the description', () => {
    const d = by('drafts').description;
    expect(d).toContain('The ministry published two draft treaties.[1]');
    expect(d).toContain('Reports differ: Some reports put it a week earlier');
    expect(d).toContain(
      '[1] “the ministry published two draft treaties and asked for written answers” — A Chronicle of Peace-Making, Test Press',
    );
    expect(by('rumour').description).toContain('Not yet cited');
    expect(by('talks-open').summary).toBe('Talks open, "a little before 9"');
    expect(by('talks-open').categories).toBe('Talks');
  });

  it('gives the same UIDs on every export, one per event', () => {
    const again = parse(exportIcs({ timeline, now: new Date() }).text);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(by('council').uid).toBe('council@fixture-a-varied-dataset.diplomatic-timeline');
  });

  it('is RFC 5545 text: CRLF line ends, lines folded at 75 octets', () => {
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(
      true,
    );
  });
});
