import { stripMarkers } from '../model/stripMarkers';
import type { Timeline } from '../model/timeline';
import { CITED, NONE, OWN } from './eventFilter';
import { foldText } from './foldText';
import { perTimeline } from './perTimeline';

// Fields are joined by a character no query holds, so no hit spans two of them.
const SEP = '\u0000';

// Folded on the first search: the source texts, what each actor is called, and each event's
// own text in the events' order: its title, the prose of its summary (so "1" or "[2" never
// matches a marker), its disagreement and date notes, tags and quotes.
const bodiesOf = perTimeline(
  (t) => new Map(t.sources.filter((s) => s.body !== null).map((s) => [s.id, foldText(s.body!)])),
);
const namesOf = perTimeline(
  (t) =>
    new Map(
      t.actors.map((a) => [
        a.id,
        foldText([a.name, ...(a.aliases ?? []), a.office ?? ''].join(SEP)),
      ]),
    ),
);
const textsOf = perTimeline((t) =>
  t.events.map((e) =>
    foldText(
      [
        e.title,
        stripMarkers(e.summary),
        e.disputed ?? '',
        e.dateNote ?? '',
        ...(e.tags ?? []),
        ...e.citations.map((c) => c.quote),
      ].join(SEP),
    ),
  ),
);

/** Every offset where `needle` occurs in `hay`, in order. */
function hits(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Whether some hit of a `length`-long match in sorted `at` overlaps [from, to). */
function overlaps(at: readonly number[], length: number, from: number, to: number): boolean {
  // The first hit that ends after `from`, by binary search; it overlaps if it starts before `to`.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! + length > from) hi = mid;
    else lo = mid + 1;
  }
  return lo < at.length && at[lo]! < to;
}

/**
 * Searches each event's own text (title, summary, notes, tags, quotes) and the names, other
 * names and offices of its actors, then the full source texts: a hit in a source selects only
 * the events citing a passage that contains or overlaps it (a hit merely near a passage says
 * nothing about the event: short articles are all "near"). Case and accents are set aside.
 * Returns, for each event in order, whether and how it matched. Its own chunk, loaded once
 * the timeline is up (state/useFilteredEvents.ts): first paint does not search.
 */
export function searchMarks(t: Timeline, query: string): Uint8Array {
  const q = foldText(query.trim());
  const marks = new Uint8Array(t.events.length);
  if (!q) return marks.fill(OWN);
  const texts = textsOf(t);
  // The actors whose name, other names or office hold the search, looked up once each.
  const named = new Set([...namesOf(t)].filter(([, names]) => names.includes(q)).map(([id]) => id));
  for (let i = 0; i < texts.length; i++) {
    if (texts[i]!.includes(q)) marks[i] = OWN;
    else if (named.size > 0 && t.events[i]!.actors?.some((a) => named.has(a))) marks[i] = OWN;
  }
  const sourceHits = new Map<string, number[]>();
  for (const [id, body] of bodiesOf(t)) {
    const h = hits(body, q);
    if (h.length) sourceHits.set(id, h);
  }
  if (sourceHits.size === 0) return marks;
  t.events.forEach((e, i) => {
    if (marks[i] !== NONE) return;
    const cited = e.citations.some((c) => {
      const at = c.range && sourceHits.get(c.source);
      return !!at && overlaps(at, q.length, c.range![0], c.range![1]);
    });
    if (cited) marks[i] = CITED;
  });
  return marks;
}
