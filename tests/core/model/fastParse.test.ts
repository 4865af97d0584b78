import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastPathCovers, fastSafeParse } from '../../../src/core/model/fastParse';
import {
  actorSchema,
  citationSchema,
  eventSchema,
  laneSchema,
  sourceSchema,
} from '../../../src/core/model/schema';

// Values near the contract's: right and wrong types, edge strings, extra keys, holes.
const id = fc.oneof(
  fc.constantFrom('a', 'ab', 'geneva-talks', 'x.y_z', '-bad', '', 'a b', '\u{1F600}', 'é'),
  fc.string({ maxLength: 6 }),
);
const date = fc.constantFrom(
  '2022',
  '2022-01',
  '2022-01-10',
  '2022-01-10T08:55+01:00',
  '2022-1',
  '',
  'x',
  '2022-01-10T08:55Z',
);
const text = fc.oneof(
  fc.constantFrom('', 'x', '\u{1F600}', 'A title'),
  fc.string({ maxLength: 4 }),
);
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: junk });
const citation = fc.record(
  { source: maybe(id), quote: maybe(text), note: fc.string() },
  { requiredKeys: [] },
);
const event = fc.record(
  {
    id: maybe(id),
    title: maybe(text),
    start: maybe(date),
    end: maybe(date),
    approximate: maybe(fc.boolean()),
    dateNote: maybe(fc.string()),
    lane: maybe(id),
    actors: maybe(fc.array(maybe(id), { maxLength: 3 })),
    summary: maybe(fc.string()),
    citations: maybe(fc.array(maybe(citation), { maxLength: 3 })),
    disputed: maybe(fc.string()),
    background: maybe(fc.boolean()),
    status: maybe(fc.constantFrom('uncited', 'cited', '')),
    unverified: maybe(fc.array(maybe(citation), { maxLength: 2 })),
    media: maybe(
      fc.record(
        {
          credit: maybe(fc.string()),
          caption: maybe(fc.string()),
          thumbnail: maybe(text),
          x: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    ),
    tags: maybe(fc.array(maybe(fc.string()), { maxLength: 3 })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
// Mostly-valid events, so the fast path's "sure" answers are exercised as much as its doubts.
const good = fc.record({
  id: fc.constantFrom('a1', 'geneva-talks', 'e.2_x'),
  title: fc.constantFrom('Talks', 'Ten hours in Geneva'),
  start: fc.constantFrom('2022-01-10', '1987-12', '2019'),
  lane: fc.constantFrom('dialogue', 'nato'),
  summary: fc.string(),
  citations: fc.array(
    fc.record({ source: fc.constant('talks'), quote: fc.constantFrom('The talks', 'began') }),
    { minLength: 1, maxLength: 3 },
  ),
});
// A valid event with one thing wrong (or odd): the inputs where a lax fast path would slip.
const keys = [
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'dateNote',
  'lane',
  'actors',
  'summary',
  'citations',
  'disputed',
  'background',
  'tags',
];
const oneOff = fc
  .tuple(good, fc.constantFrom(...keys), fc.oneof(junk, fc.anything(), id, date, text))
  .map(([g, k, v]) => ({ ...g, [k]: v }));
const nestedOff = fc
  .tuple(good, fc.constantFrom('source', 'quote'), fc.oneof(junk, id, text))
  .map(([g, k, v]) => ({
    ...g,
    citations: [...g.citations, { source: 'talks', quote: 'x', [k]: v }],
  }));
const inputs = fc.oneof(
  event,
  good,
  oneOff,
  nestedOff,
  good.chain((g) => event.map((e) => ({ ...g, ...e }))),
  fc.anything(),
);

describe('the fast path in front of zod', () => {
  it('covers the events (the hot path at 100,000 of them; else it would only defer to zod)', () => {
    expect(fastPathCovers(eventSchema)).toBe(true);
    expect(fastPathCovers(citationSchema)).toBe(true);
    // A custom check (a lane's CSS colour) it leaves to zod: lanes are few.
    expect(fastPathCovers(laneSchema)).toBe(false);
    expect(fastPathCovers(actorSchema) && fastPathCovers(sourceSchema)).toBe(true);
  });

  it('answers exactly as zod does, output included, for any input', () => {
    const fast = fastSafeParse(eventSchema);
    let sure = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const a = fast(input);
        const b = eventSchema.safeParse(input);
        expect(a.success).toBe(b.success);
        if (a.success && b.success) {
          sure++;
          expect(a.data).toStrictEqual(b.data);
          expect(Object.keys(a.data)).toEqual(Object.keys(b.data));
        } else expect(a.error?.issues).toEqual(b.error?.issues);
      }),
      { numRuns: 3000 },
    );
    expect(sure).toBeGreaterThan(300);
  });

  it('copies what it returns, as zod does (the input may be changed afterwards)', () => {
    const input = {
      id: 'ab',
      title: 'T',
      start: '2022',
      lane: 'la',
      summary: '',
      actors: ['us'],
      citations: [{ source: 'ss', quote: 'qq' }],
    };
    const r = fastSafeParse(eventSchema)(input);
    expect(r.success && r.data.actors).not.toBe(input.actors);
    expect(r.success && r.data.citations[0]).not.toBe(input.citations[0]);
  });
});
