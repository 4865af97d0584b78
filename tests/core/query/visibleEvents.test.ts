import { describe, expect, it } from 'vitest';
import { visibleEvents, type TimelineEvent } from '../../../src/core';

const ev = (id: string, t0: number, t1: number) => ({ id, t0, t1 }) as unknown as TimelineEvent;

describe('visibleEvents', () => {
  it('finds the events overlapping the window, long ranges that began before it included', () => {
    const events = [ev('long', 0, 900), ev('a', 100, 110), ev('b', 300, 310), ev('c', 600, 610)];
    expect(visibleEvents(events, 250, 650, 900).map((e) => e.id)).toEqual(['long', 'b', 'c']);
    expect(visibleEvents(events, 111, 299, 900).map((e) => e.id)).toEqual(['long']);
  });

  it('gives the data itself when the window holds every event', () => {
    const events = [ev('a', 100, 110), ev('b', 300, 310)];
    expect(visibleEvents(events, 0, 1000, 10)).toBe(events);
  });
});
