import { describe, expect, it } from 'vitest';
import { filesNamedEarly } from '../../src/worker/serveValidation';

describe('filesNamedEarly', () => {
  it('finds the source files named before the events, unescaped, and none after', () => {
    const text = JSON.stringify({
      title: 'A "file": "not/this.txt" in a string',
      sources: [
        { id: 'a', file: 'sources/a.txt' },
        { id: 'b', file: 'sources/b \\"quoted\\".txt' },
        { id: 'c', text: 'inline' },
      ],
      events: [{ id: 'e', file: 'sources/late.txt' }],
    });
    expect(filesNamedEarly(text)).toEqual(['sources/a.txt', 'sources/b \\"quoted\\".txt']);
  });

  it('finds nothing when the events come first', () => {
    expect(filesNamedEarly('{"events":[],"sources":[{"file":"x.txt"}]}')).toEqual([]);
  });
});
