import { generate, rng } from '../../../bench/generate';

type Json = Record<string, unknown>;

/**
 * A generated dataset with a seeded share of its events broken in every way the validator
 * knows (and some it must shrug off), plus broken sources: data for "whichever way it is
 * validated, the same problems" tests.
 */
export function corruptDataset(n: number, seed: number) {
  const { timeline, texts } = generate(n, seed);
  const r = rng(seed * 7 + 1);
  const events = timeline.events as unknown as Json[];
  const breakages: ((e: Json, i: number) => unknown)[] = [
    (e) => ({ ...e, start: '2022-02-30' }),
    (e) => ({ ...e, start: 20220101 }),
    (e) => ({ ...e, end: '1900-01-01' }),
    (e) => ({ ...e, lane: 'nowhere' }),
    (e) => ({ ...e, actors: ['ghost', 'x y'] }),
    (e) => ({ ...e, id: events[Math.floor(r() * events.length)]!.id }),
    (e) => ({ ...e, citations: [{ source: 'src0', quote: 'not in any dispatch at all, surely' }] }),
    (e) => ({ ...e, citations: [{ source: 'src1', quote: 'delegates in' }] }),
    (e) => ({ ...e, citations: [{ source: 'missing-src', quote: 'x' }] }),
    (e) => ({
      ...e,
      citations: [...(e.citations as Json[]), { source: 'ref', quote: 'a record' }],
    }),
    (e) => ({
      ...e,
      citations: [{ source: 'unread', quote: 'anything' }, ...(e.citations as Json[])],
    }),
    (e) => ({ ...e, background: true, citations: [{ source: 'ref', quote: 'a record' }] }),
    (e) => ({ ...e, title: '' }),
    (e) => ({ ...e, citations: [] }),
    (e) => ({ ...e, extra: { nested: [1, 2] }, tags: ['a', 'b'] }),
    (e) => ({ ...e, approximate: 'yes' }),
    (e) => ({ ...e, dateNote: undefined }),
    (e) => ({ ...e, id: 'x' }),
    (e) => ({ ...e, id: '' }),
    () => null,
    () => 'an event',
    (e) => [e],
    (e) => ({
      ...e,
      citations: [{ source: 'src2', quote: `  ${(e.citations as Json[])[0]!.quote as string}  ` }],
    }),
  ];
  const broken = events.map((e, i) =>
    r() < 0.15 ? breakages[Math.floor(r() * breakages.length)]!(e, i) : e,
  );
  const sources = [
    ...(timeline.sources as Json[]),
    { id: 'ref', title: 'A reference record', kind: 'reference', publisher: 'Somebody' },
    { id: 'unread', title: 'A file that is not there', kind: 'article', file: 'sources/none.txt' },
    { id: 'never-cited', title: 'Never cited', kind: 'article', text: 'Nothing here.' },
  ];
  const files = new Map(texts.map((t, s) => [`sources/src${s}.txt`, t]));
  return {
    raw: {
      ...timeline,
      lanes: [...(timeline.lanes as Json[]), { id: 'spare', label: 'Spare' }, { id: 'spare' }],
      sources,
      events: broken,
      chapters: [{ id: 'c', label: 'C', start: '2022-01-01', end: '2021-01-01' }],
    } as unknown,
    texts: files,
  };
}
