import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/core/model/parseJson';

const messageOf = (text: string) => {
  const r = parseJson(text, 'timeline.json');
  if (r.ok) throw new Error('parsed');
  return r.problem.message;
};

/** A line of `n` events, as a curator's file has many before the slip. */
const events = (n: number) =>
  Array.from({ length: n }, (_, i) => `    { "id": "e${i}", "title": "Event ${i}" }`).join(',\n');

describe('a JSON error, placed and named', () => {
  it('places a comma before a closing bracket (the message gives no position) and names it', () => {
    const text = `{\n  "events": [\n${events(30)},\n  ],\n  "sources": []\n}`;
    expect(messageOf(text)).toMatch(
      /^not valid JSON at line 33, column 3 \(a comma before a closing bracket: JSON allows none after the last item\): /,
    );
  });

  it('places single quotes and says JSON takes double ones', () => {
    const text = `{\n  "title": "t",\n  "lanes": [{ 'id': "a" }]\n}`;
    expect(messageOf(text)).toMatch(
      /^not valid JSON at line 3, column 15 \(JSON strings and names take double quotes, "like this"\): /,
    );
  });

  it('places the errors whose message has a position, and a text too short for "..."', () => {
    expect(messageOf('{"a": 1,}')).toMatch(/^not valid JSON at line 1, column 9 \(a comma/);
    expect(messageOf('{"a":1}}')).toMatch(/^not valid JSON at line 1, column 8: /);
    expect(messageOf('x')).toMatch(/^not valid JSON at line 1, column 1: /);
  });
});
