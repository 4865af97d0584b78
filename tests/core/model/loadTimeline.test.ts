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
});
