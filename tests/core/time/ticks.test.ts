import { describe, expect, it } from 'vitest';
import { computeTicks, createTimeScale, epochMs } from '../../../src/core';

const ticksFor = (from: string, to: string, width = 1200) =>
  computeTicks(
    createTimeScale({
      domain: [epochMs(Date.parse(from)), epochMs(Date.parse(to))],
      range: [0, width],
    }),
    width,
  ).map((t) => t.label);

describe('computeTicks', () => {
  it('words decades as years', () => {
    expect(ticksFor('1985-01-01', '2023-01-01')).toContain('1990');
  });
  it('words a year as months, January as its year', () => {
    const labels = ticksFor('2021-01-01', '2022-01-01');
    expect(labels).toContain('2021');
    expect(labels).toContain('Jun');
  });
  it('words a week as days', () => {
    expect(ticksFor('2022-01-08', '2022-01-14', 600)).toContain('Mon 10');
  });
  it('words a day as hours, midnight as the day', () => {
    const labels = ticksFor('2022-01-10T00:00Z', '2022-01-11T00:00Z');
    expect(labels).toContain('Mon 10 Jan');
    expect(labels).toContain('09:00');
  });
});
