import { describe, expect, it } from 'vitest';
import { markGeometry, validateTimeline, type TimelineEvent } from '../../../src/core';

const DAY = 86_400_000;
function event(start: string, end?: string, extra: Record<string, unknown> = {}): TimelineEvent {
  const { timeline, problems } = validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'l', label: 'L' }],
      sources: [{ id: 's', title: 'S', kind: 'article', text: 'quote' }],
      events: [
        {
          id: 'e',
          title: 'E',
          start,
          ...(end ? { end } : {}),
          lane: 'l',
          summary: 'S.[1]',
          citations: [{ source: 's', quote: 'quote' }],
          ...extra,
        },
      ],
    },
    new Map(),
  );
  expect(problems).toEqual([]);
  return timeline.events[0]!;
}
// One pixel a day from 1 January 2018.
const t0 = Date.UTC(2018, 0, 1);
const x = (t: number) => (t - t0) / DAY;
const at = (y: number, m: number, d: number) => x(Date.UTC(y, m - 1, d));

describe('markGeometry', () => {
  it('draws a range from its start to the end of its end day', () => {
    const m = markGeometry(event('2018-03-01', '2021-02-28'), x, 2000);
    expect(m).toMatchObject({ shape: 'range', x0: at(2018, 3, 1), x1: at(2021, 3, 1) });
    expect(m.vagueStart).toBeNull();
    expect(m.vagueEnd).toBeNull();
  });

  it('draws a month or a year as a period over all of it', () => {
    expect(markGeometry(event('2019-06'), x, 2000)).toMatchObject({
      shape: 'period',
      x0: at(2019, 6, 1),
      x1: at(2019, 7, 1),
    });
    expect(markGeometry(event('2019'), x, 2000)).toMatchObject({
      shape: 'period',
      x0: at(2019, 1, 1),
      x1: at(2020, 1, 1),
    });
  });

  it('runs a range with imprecise ends from the start of its start period to the end of its end period', () => {
    const m = markGeometry(event('2021-12', '2022-01-10'), x, 2000);
    expect(m).toMatchObject({ shape: 'range', x0: at(2021, 12, 1), x1: at(2022, 1, 11) });
    expect(m.vagueStart).toEqual([at(2021, 12, 1), at(2022, 1, 1)]);
    expect(m.vagueEnd).toBeNull();
    const years = markGeometry(event('2011', '2021'), x, 9000);
    expect(years).toMatchObject({ x0: at(2011, 1, 1), x1: at(2022, 1, 1) });
    expect(years.vagueEnd).toEqual([at(2021, 1, 1), at(2022, 1, 1)]);
  });

  it('draws a day or a time as a point, with its day once the day has width', () => {
    expect(markGeometry(event('2019-05-04'), x, 2000)).toMatchObject({
      shape: 'point',
      x0: at(2019, 5, 4),
      x1: at(2019, 5, 4),
      day: null,
    });
    const zoomed = markGeometry(event('2019-05-04'), (t) => x(t) * 24, 40000);
    expect(zoomed.day).toEqual([at(2019, 5, 4) * 24, at(2019, 5, 5) * 24]);
    expect(markGeometry(event('2019-05-04T10:00+02:00'), x, 2000).shape).toBe('point');
  });

  it('says when a mark runs off either edge of the view', () => {
    const m = markGeometry(event('2017-01-01', '2019-01-01'), x, 200);
    expect(m).toMatchObject({ offLeft: true, offRight: true });
    expect(markGeometry(event('2018-02-01', '2018-03-01'), x, 200)).toMatchObject({
      offLeft: false,
      offRight: false,
    });
  });

  it('carries approximate and background through', () => {
    expect(
      markGeometry(event('2019-05', undefined, { approximate: true }), x, 2000).approximate,
    ).toBe(true);
  });

  it('orders the ends left to right when time runs right to left', () => {
    const rtl = (t: number) => 2000 - x(t);
    const m = markGeometry(event('2018-03-01', '2021-02-28'), rtl, 2000);
    expect(m.x0).toBe(2000 - at(2021, 3, 1));
    expect(m.x1).toBe(2000 - at(2018, 3, 1));
  });
});
