import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexText } from '../../../src/core';
import {
  CLOSEST_LIMIT,
  closestFor,
  closestPassage,
  closestPassageSlowly,
} from '../../../src/core/model/closestPassage';

const words = fc.constantFrom(
  'the',
  'talks',
  'Geneva',
  'began',
  'a',
  'little',
  'before',
  '9',
  'a.m.',
  'NATO',
  'said',
  'Ryabkov',
  'on',
  'Monday',
  'x',
);
const sentence = fc.array(words, { minLength: 0, maxLength: 40 }).map((ws) => ws.join(' '));

describe('closestPassage', () => {
  it('the sliding window finds what a fresh count of every window finds', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.constantFrom(' ', '  ', '\n'), (t, q, sep) => {
        const text = indexText(t.split(' ').join(sep));
        expect(closestPassage(text, q)).toBe(closestPassageSlowly(text, q));
      }),
      { numRuns: 400 },
    );
  });

  it('searches once per distinct quote and stops after CLOSEST_LIMIT of them', () => {
    const text = indexText('The meeting began a little before 9 a.m. in Geneva.');
    for (let i = 0; i < CLOSEST_LIMIT; i++)
      expect(closestFor(text, `missing quote ${i}`)).not.toBeNull();
    expect(closestFor(text, 'missing quote 0')).toBe(closestPassage(text, 'missing quote 0'));
    expect(closestFor(text, 'one more missing quote')).toBeNull();
  });
});
