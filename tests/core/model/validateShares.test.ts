import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembler, eventVerdicts, startValidation, validateTimeline } from '../../../src/core';
import { corruptDataset } from './corrupt';

// A page checks the last share of a large dataset's events while its worker checks the rest
// (src/app/load/startDatasetLoad.ts): however the events are cut, the same result.
describe('validation split between two threads', () => {
  const { raw, texts } = corruptDataset(1200, 5);
  const once = validateTimeline(raw, texts);
  const n = (raw as { events: unknown[] }).events.length;

  /** The worker's share [0, k) as verdicts, the page's [k, n) checked here, put together. */
  function split(k: number) {
    const worker = startValidation(raw, texts, { from: 0, to: k });
    const built = assembler(structuredClone(raw));
    worker.checkNext(k);
    const { events, indices } = worker.valid;
    built.add(structuredClone(eventVerdicts(raw, events, indices)));
    const share = structuredClone(worker.share());
    const page = startValidation(raw, texts, { from: k, to: n });
    const parts = page.finishParts([share]);
    return built.finish(parts.head, parts.problems, parts);
  }

  it('gives the one-thread result wherever the events are cut', () => {
    // Duplicate ids across the cut, problems on both sides, lanes used on one side only.
    expect(once.problems.filter((p) => /duplicate id/.test(p.message)).length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n }), (k) => {
        expect(split(k)).toEqual(once);
      }),
      { numRuns: 15 },
    );
    expect(split(0)).toEqual(once);
    expect(split(n)).toEqual(once);
  }, 60_000);

  it('a share counts and checks only its own events', () => {
    const s = startValidation(raw, texts, { from: 100, to: 250 });
    expect(s.total).toBe(150);
    s.checkNext(1000);
    expect(s.done).toBe(150);
    expect(s.valid.indices.every((i) => i >= 100 && i < 250)).toBe(true);
    const share = s.share();
    expect(share.problems.every((p) => /^events\[(\d+)\]/.test(p.path))).toBe(true);
    const at = share.problems.map((p) => Number(/^events\[(\d+)\]/.exec(p.path)![1]));
    expect(at.every((i) => i >= 100 && i < 250)).toBe(true);
  });

  it('an id is taken by the first event in the file to give it, even one with errors', () => {
    const data = {
      title: 't',
      lanes: [{ id: 'l', label: 'L' }],
      sources: [{ id: 's', title: 'S', kind: 'reference' }],
      events: [
        { id: 'x', start: '2022-01-01', lane: 'l', summary: 'A.[1]', citations: [] },
        {
          id: 'x',
          title: 'Second',
          start: '2022-01-02',
          lane: 'l',
          summary: 'B.[1]',
          background: true,
          citations: [{ source: 's', quote: 'q' }],
        },
      ],
    };
    const r = validateTimeline(data, new Map());
    expect(r.problems.map((p) => p.path)).toContain('events[1] (x).id');
    expect(r.timeline.events).toEqual([]);
  });
});
