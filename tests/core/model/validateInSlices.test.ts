import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assembleVerdict,
  assembler,
  eventVerdicts,
  runInSlices,
  startValidation,
  validateInSlices,
  validateTimeline,
  verdictOf,
  type TimelineEvent,
} from '../../../src/core';
import { byTime, runMerger } from '../../../src/core/model/validate/complete';
import { corruptDataset } from './corrupt';

const noPause = () => Promise.resolve();

describe('validation a slice at a time', () => {
  const { raw, texts } = corruptDataset(1200, 3);
  const once = validateTimeline(raw, texts);

  it('the corrupted data has problems of many kinds (so the comparisons below mean something)', () => {
    const kinds = new Set(
      once.problems.map((p) => p.path.replace(/^.*\)/, '').replace(/\[\d+\]/g, '[]')),
    );
    expect(kinds.size).toBeGreaterThan(12);
    expect(once.timeline.events.length).toBeGreaterThan(800);
  });

  it('gives the one-pass result however the events are sliced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
        (sizes) => {
          const s = startValidation(raw, texts);
          for (let i = 0; s.done < s.total; i++) s.checkNext(sizes[i % sizes.length]!);
          expect(s.finish()).toEqual(once);
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);

  it('runInSlices pauses between slices, reports progress up to the total, and changes nothing', async () => {
    let pauses = 0;
    const seen: number[] = [];
    let t = 0;
    const result = await validateInSlices(raw, texts, {
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
      onProgress: (p) => seen.push(p.done / p.total),
      // A clock that moves 10 ms per reading: every slice is one step.
      now: () => (t += 10),
      budgetMs: 12,
    });
    expect(result).toEqual(once);
    expect(pauses).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('a verdict and the same data rebuild exactly the validated result', async () => {
    const session = startValidation(raw, texts);
    const parts = await runInSlices(session, { pause: noPause });
    // What a worker posts goes through structured clone.
    const verdict = structuredClone(verdictOf(raw, parts));
    expect(assembleVerdict(structuredClone(raw), verdict)).toEqual(once);
  });

  it('verdicts sent a slice at a time and built as they come give the same result', async () => {
    const session = startValidation(raw, texts);
    const built = assembler(structuredClone(raw));
    let sent = 0;
    let batches = 0;
    let t = 0;
    const dates = new Set<string>();
    const send = () => {
      const { events, indices } = session.valid;
      built.add(structuredClone(eventVerdicts(raw, events, indices, sent, events.length, dates)));
      sent = events.length;
      batches++;
    };
    const parts = await runInSlices(session, {
      pause: noPause,
      onProgress: send,
      now: () => (t += 10),
    });
    send();
    expect(batches).toBeGreaterThan(3);
    expect(built.finish(parts.head, parts.problems)).toEqual(once);
  });

  it('refuses to build from data other than the data checked', () => {
    const parts = startValidation(raw, texts).finishParts();
    const fewer = structuredClone(raw) as { events: unknown[] };
    fewer.events.pop();
    expect(() => assembleVerdict(fewer, verdictOf(raw, parts))).toThrow(/does not fit/);
    const moreCitations = structuredClone(raw) as { events: { citations: unknown[] }[] };
    const e = moreCitations.events[parts.indices[10]!]!;
    e.citations = [...e.citations, ...e.citations];
    expect(() => assembleVerdict(moreCitations, verdictOf(raw, parts))).toThrow(/does not fit/);
  });

  it('holds for data with no events, broken roots and the fixtures', () => {
    for (const data of [{}, null, [1], { title: 't', lanes: [], sources: [], events: 'x' }]) {
      const s = startValidation(data, new Map());
      expect(s.total).toBe(0);
      const parts = s.finishParts();
      expect(assembleVerdict(data, verdictOf(data, parts))).toEqual(
        validateTimeline(data, new Map()),
      );
    }
  });
});

describe('runMerger', () => {
  it('gives what a stable sort of all the events gives, ties and all', () => {
    const ev = (id: string, t0: number, t1: number) => ({ id, t0, t1 }) as unknown as TimelineEvent;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 60,
        }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        (times, cuts) => {
          const events = times.map(([a, b], i) => ev(`e${i}`, a, a + b));
          const runs = runMerger();
          for (let i = 0, c = 0; i < events.length; c++) {
            const n = cuts[c % cuts.length]!;
            runs.add(events.slice(i, i + n).sort(byTime));
            i += n;
          }
          expect(runs.done().map((e) => e.id)).toEqual([...events].sort(byTime).map((e) => e.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});
