import { describe, expect, it } from 'vitest';
import { insertMarker, removeMarker } from '../../../src/desk/model/markers';

describe('insertMarker puts [n] after the sentence at the caret', () => {
  it('after the closing punctuation of the sentence being written', () => {
    const s = 'Talks began.';
    expect(insertMarker(s, s.length, 1)).toEqual({ summary: 'Talks began.[1]', caret: 15 });
  });
  it('from anywhere inside a sentence, after its existing markers, in number order', () => {
    const s = 'Talks began.[2] They lasted eight hours.';
    expect(insertMarker(s, 3, 1).summary).toBe('Talks began.[1][2] They lasted eight hours.');
    expect(insertMarker(s, 20, 2).summary).toBe('Talks began.[2] They lasted eight hours.[2]');
  });
  it('adds the full stop a sentence still lacks', () => {
    expect(insertMarker('Talks began', 11, 1).summary).toBe('Talks began.[1]');
  });
  it('reads sentences as the validator does: "U.S." and "a.m." do not end one', () => {
    const s = 'The U.S. delegation arrived at 9 a.m. in Geneva';
    expect(insertMarker(s, 5, 1).summary).toBe(`${s}.[1]`);
  });
  it('never adds a marker twice', () => {
    expect(insertMarker('Talks began.[1]', 15, 1).summary).toBe('Talks began.[1]');
  });
  it('into an empty summary, just the marker', () => {
    expect(insertMarker('', 0, 3)).toEqual({ summary: '[3]', caret: 3 });
  });
});

describe('removeMarker keeps markers pointing at the same passages', () => {
  it('drops the removed citation and counts the later ones down', () => {
    expect(removeMarker('A.[1][2] B.[3] C.[2]', 2)).toBe('A.[1] B.[2] C.');
  });
});
