import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/core';

describe('loadTimeline', () => {
  it('says that CORS may be why a fetch failed, and which header the host must send', async () => {
    const r = await loadTimeline('https://other.example/data/timeline.json', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(r.fatal).toBe(true);
    expect(r.problems[0]!.message).toMatch(
      /^could not load: Failed to fetch\. The host may be unreachable, or .* "Access-Control-Allow-Origin: \*"/,
    );
  });

  it('says only what happened when the host answered (HTTP 404 is not a CORS question)', async () => {
    const r = await loadTimeline('https://other.example/x.json', () =>
      Promise.reject(new Error('HTTP 404 Not Found')),
    );
    expect(r.problems[0]!.message).toBe('could not load: HTTP 404 Not Found');
  });

  it('reads a JSON file and a source that begin with a byte-order mark, as a browser does', async () => {
    const BOM = '\uFEFF';
    const files: Record<string, string> = {
      'file:///d/timeline.json': `${BOM}${JSON.stringify({
        title: 't',
        lanes: [{ id: 'l', label: 'L' }],
        sources: [{ id: 's', title: 'S', kind: 'article', file: 'sources/s.txt' }],
        events: [
          {
            id: 'e',
            title: 'E',
            start: '2022-01-10',
            lane: 'l',
            summary: 'They met.[1]',
            citations: [{ source: 's', quote: 'They met.' }],
          },
        ],
      })}`,
      'file:///d/sources/s.txt': `${BOM}They met. They parted.`,
    };
    const r = await loadTimeline('file:///d/timeline.json', (u) => Promise.resolve(files[u]!));
    expect(r.problems).toEqual([]);
    // The passage is where a reader of the text sees it: at its first character.
    expect(r.timeline.events[0]!.citations[0]!.range).toEqual([0, 9]);
    expect(r.timeline.sources[0]!.body!.startsWith('They')).toBe(true);
  });

  it('places a JSON error after a byte-order mark where an editor shows it', async () => {
    const r = await loadTimeline('file:///d/timeline.json', () =>
      Promise.resolve('\uFEFF{\n  "title": "t",,\n}'),
    );
    expect(r.problems[0]!.message).toMatch(/^not valid JSON at line 2, column 16:/);
  });
});
