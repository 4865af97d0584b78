import { claimParts, splitClaims } from '../model/claims';
import type { LocatedCitation, SourceDoc, Timeline, TimelineEvent } from '../model/timeline';

/** A footnote: one citation of one event, numbered through the whole chronology. */
export interface ChronologyNote {
  /** Its number in the document (from 1). */
  readonly n: number;
  readonly citation: LocatedCitation;
  readonly source: SourceDoc | undefined;
}

/** A run of a printed summary: text, or a footnote call. */
export type PrintedPart =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'note'; readonly n: number };

/** One event as printed: its summary with its markers turned into footnote calls, and its notes. */
export interface ChronologyEntry {
  readonly event: TimelineEvent;
  /** Sentence by sentence; a marker past the event's citations stays as written, "[n]". */
  readonly summary: readonly (readonly PrintedPart[])[];
  readonly notes: readonly ChronologyNote[];
}

/** The chronology a reader prints: the events shown, their notes, and the sources cited. */
export interface Chronology {
  readonly entries: readonly ChronologyEntry[];
  /** Every source the entries cite, in the order first cited. */
  readonly sources: readonly SourceDoc[];
}

/**
 * The printed chronology of `events` (already filtered and in time order): each summary's
 * markers become footnote numbers running through the document, each note the citation it
 * names. An uncited event keeps its summary as written and has no notes.
 */
export function chronology(timeline: Timeline, events: readonly TimelineEvent[]): Chronology {
  const sourcesById = new Map(timeline.sources.map((s) => [s.id, s]));
  const cited = new Map<string, SourceDoc>();
  let next = 1;
  const entries = events.map((event): ChronologyEntry => {
    const base = next;
    const notes = event.citations.map((citation, i) => {
      const source = sourcesById.get(citation.source);
      if (source && !cited.has(source.id)) cited.set(source.id, source);
      return { n: base + i, citation, source };
    });
    next += notes.length;
    const summary =
      event.status === 'uncited'
        ? [[{ kind: 'text' as const, text: event.summary }]]
        : splitClaims(event.summary).map((claim) =>
            claimParts(event.summary, claim).map((p): PrintedPart =>
              p.kind === 'text'
                ? p
                : p.n >= 1 && p.n <= notes.length
                  ? { kind: 'note', n: base + p.n - 1 }
                  : { kind: 'text', text: `[${p.n}]` },
            ),
          );
    return { event, summary, notes };
  });
  return { entries, sources: [...cited.values()] };
}
