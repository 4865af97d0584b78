import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamedJson } from '../../../src/core/model/streamedJson';

/** Feeds `text` in pieces cut at `cuts` (positions), and ends. */
function readInPieces(text: string, cuts: readonly number[]) {
  const r = streamedJson();
  let from = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    r.push(text.slice(from, c));
    from = c;
  }
  r.push(text.slice(from));
  return r.end();
}

/** What the reader must give for `text`: JSON.parse's value, or null (parse it whole). */
function agreesWithJsonParse(text: string, cuts: readonly number[]) {
  const got = readInPieces(text, cuts);
  let want: { value: unknown } | 'throws';
  try {
    want = { value: JSON.parse(text) as unknown };
  } catch {
    want = 'throws';
  }
  // It may leave text to a whole parse, but never vouches for what JSON.parse refuses,
  // and never gives another value.
  if (want === 'throws') expect(got).toBeNull();
  else if (got !== null) expect(got.value).toEqual(want.value);
}

// Strings that trip scanners: quotes, backslashes, brackets, the key's own name.
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', 'events', '"events":[', ',', '\\\\'),
  fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', 'e', 'é', '😀') }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(tricky, tie('v'), { maxKeys: 3 }),
  ),
})).v;
const event = fc.dictionary(tricky, value, { maxKeys: 4 });
const dataset = fc.record({
  title: tricky,
  lanes: fc.array(fc.record({ id: tricky, label: tricky }), { maxLength: 3 }),
  events: fc.array(event, { maxLength: 12 }),
  chapters: fc.array(value, { maxLength: 2 }),
});
const cutsFor = (text: string) =>
  fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 });

describe('streamedJson', () => {
  it('gives what JSON.parse gives, wherever the pieces are cut', () => {
    fc.assert(
      fc.property(
        dataset.chain((d) => {
          const text = JSON.stringify(d, null, fc.sample(fc.constantFrom(0, 2), 1)[0]);
          return fc.tuple(fc.constant(text), cutsFor(text));
        }),
        ([text, cuts]) => {
          const got = readInPieces(text, cuts);
          expect(got).not.toBeNull();
          expect(got!.value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never vouches for broken text: a character changed, dropped or added anywhere', () => {
    fc.assert(
      fc.property(
        dataset.chain((d) => {
          const text = JSON.stringify(d);
          return fc.tuple(
            fc.constant(text),
            fc.integer({ min: 0, max: text.length - 1 }),
            fc.constantFrom('', ',', '{', '}', '[', ']', '"', '\\', ' ', 'x', ':'),
            fc.boolean(),
            cutsFor(text),
          );
        }),
        ([text, at, ch, replace, cuts]) => {
          const broken = text.slice(0, at) + ch + text.slice(replace ? at + 1 : at);
          agreesWithJsonParse(broken, cuts);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('parses the events as they come, and says where the array began', () => {
    const r = streamedJson();
    const text = JSON.stringify({
      title: 'x',
      sources: [{ id: 's', file: 'a.txt' }],
      events: [{ id: 'a' }, { id: 'b', summary: 'x"}]' }],
      view: null,
    });
    const cut = text.indexOf('{"id":"b"');
    r.push(text.slice(0, 20));
    expect(r.head).toBeNull();
    r.push(text.slice(20, cut));
    expect(r.head).toBe(text.slice(0, text.indexOf('[{"id":"a"') + 1));
    r.push(text.slice(cut));
    expect(r.end()).toEqual({ value: JSON.parse(text) });
  });

  it('leaves to a whole parse what it does not follow', () => {
    const whole = [
      '{"events": {"a": 1}}', // not an array
      '{"events": [1, 2]}', // elements that are not objects
      '{"\\u0065vents": [{"a": 1}]}', // an escaped key
      '{"events": [{"a": 1},]}', // a trailing comma
      '{"events": [{"a": 1} {"b": 2}]}', // a missing comma
      '{"events": [{"a": 1}]', // cut short
    ];
    for (const text of whole) agreesWithJsonParse(text, [3, 15]);
    expect(readInPieces('{"events": [1, 2]}', [])).toBeNull();
    expect(readInPieces('{"\\u0065vents": [{"a": 1}]}', [])).toBeNull();
  });

  it('reads a text with no events, or events last, or a value that says "events"', () => {
    for (const text of [
      '{"title": "events", "lanes": []}',
      '{"title": "events", "events": []}',
      '  {"a": {"events": [1]}, "events": [{"x": "]"}] }  ',
      '[1, "events", {"events": [2]}]',
    ]) {
      const got = readInPieces(text, [1, 9, 17]);
      expect(got).toEqual({ value: JSON.parse(text) });
    }
  });
});
