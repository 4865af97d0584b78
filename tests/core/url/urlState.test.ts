import { describe, expect, it } from 'vitest';
import {
  decodeUrlState,
  encodeUrlState,
  EMPTY_URL_STATE,
  formatWindow,
  parseWindow,
  epochMs,
} from '../../../src/core';

describe('URL state', () => {
  it('round-trips every shareable field', () => {
    const state = {
      event: 'geneva-talks-begin',
      source: 'art-tense-talks',
      cite: 2,
      window: [epochMs(Date.UTC(2022, 0, 8)), epochMs(Date.UTC(2022, 0, 14, 13, 45))] as const,
      lanes: ['nato', 'osce'],
      actors: ['us'],
      sources: ['art-live-geneva'],
      query: 'open door',
      mode: 'list' as const,
    };
    const params = encodeUrlState(state);
    expect(params.get('window')).toBe('2022-01-08/2022-01-14T13:45');
    expect(decodeUrlState(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('keeps parameters it does not own, such as data, and drops its own when empty', () => {
    const base = new URLSearchParams('data=other.json&event=old&utm=x');
    const p = encodeUrlState(EMPTY_URL_STATE, base);
    expect(p.toString()).toBe('data=other.json&utm=x');
  });

  it('ignores malformed values instead of failing', () => {
    const s = decodeUrlState(new URLSearchParams('cite=-1&window=2022-01-14/2022-01-08&mode=grid'));
    expect(s.cite).toBeNull();
    expect(s.window).toBeNull();
    expect(s.mode).toBe('timeline');
    expect(parseWindow('yesterday/today')).toBeNull();
  });

  it('words a window at midnight as dates', () => {
    expect(formatWindow([Date.UTC(1987, 11, 8), Date.UTC(2019, 7, 2)])).toBe(
      '1987-12-08/2019-08-02',
    );
  });

  it('writes and reads back a window before the common era', () => {
    const w = parseWindow('-0043-03-01/0014-08-19');
    expect(w).not.toBeNull();
    expect(new Date(w![0]).getUTCFullYear()).toBe(-43);
    expect(formatWindow(w!)).toBe('-0043-03-01/0014-08-19');
  });
});
