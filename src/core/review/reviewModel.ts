import { citationForm, type CitationForm } from '../model/citationForm';
import { splitClaims } from '../model/claims';
import { englishDates } from '../i18n/englishDates';
import type { Problem, Timeline, TimelineEvent } from '../model/timeline';

/** A passage as the sheet shows it under the sentences citing it. */
export interface ReviewPassage {
  /** Its number among the event's citations (from 1), as the markers give it. */
  readonly n: number;
  readonly quote: string;
  readonly source: string;
  readonly publisher?: string;
  /**
   * `quote`: an article's words; `summary`: the curator's summary of a reference record (its
   * text), not the record's words; `paraphrase`: a reference with no text to check against.
   */
  readonly form: CitationForm;
}

/** One sentence and the passages it rests on, in the order its markers give them. */
export interface ReviewClaim {
  readonly text: string;
  readonly markers: readonly number[];
  readonly passages: readonly ReviewPassage[];
}

/** One event as an editor signs it off. */
export interface ReviewEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  /** The date as written in the data ("2022-01-10T08:55+01:00", or "start / end"). */
  readonly rawDate: string;
  readonly dateNote?: string;
  readonly lane: string;
  readonly actors: readonly string[];
  readonly background: boolean;
  readonly uncited: boolean;
  readonly claims: readonly ReviewClaim[];
  /** Citations no sentence names. */
  readonly unused: readonly ReviewPassage[];
  readonly disputed?: string;
}

export interface ReviewDoc {
  readonly title: string;
  /** The dataset, as the command was given it ("data/timeline.json"). */
  readonly file: string;
  readonly events: readonly ReviewEvent[];
  readonly problems: readonly Problem[];
  readonly counts: {
    readonly events: number;
    readonly sentences: number;
    readonly citations: number;
  };
}

/** Collapses runs of white space (quotes keep the source's line breaks) to one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function reviewEvent(t: Timeline, e: TimelineEvent): ReviewEvent {
  const passage = (i: number): ReviewPassage => {
    const c = e.citations[i]!;
    const src = t.sources.find((s) => s.id === c.source);
    return {
      n: i + 1,
      quote: flat(c.quote),
      source: src?.title ?? c.source,
      publisher: src?.publisher,
      form: citationForm(c, src),
    };
  };
  const used = new Set<number>();
  const claims = splitClaims(e.summary).map((c) => {
    const markers = c.markers.map((m) => m.n).filter((n) => n >= 1 && n <= e.citations.length);
    markers.forEach((n) => used.add(n));
    return {
      text: flat(c.text),
      markers,
      passages: [...new Set(markers)].map((n) => passage(n - 1)),
    };
  });
  const actor = (id: string) => {
    const a = t.actors.find((x) => x.id === id);
    if (!a) return id;
    return a.office ? `${a.name} (${a.office})` : a.name;
  };
  return {
    id: e.id,
    title: flat(e.title),
    date: englishDates().event(e),
    rawDate: e.end ? `${e.start} / ${e.end}` : e.start,
    dateNote: e.dateNote ? flat(e.dateNote) : undefined,
    lane: t.lanes.find((l) => l.id === e.lane)?.label ?? e.lane,
    actors: (e.actors ?? []).map(actor),
    background: e.background === true,
    uncited: e.status === 'uncited',
    claims,
    unused: e.citations
      .map((_, i) => i)
      .filter((i) => !used.has(i + 1))
      .map(passage),
    disputed: e.disputed ? flat(e.disputed) : undefined,
  };
}

/** What the review sheet says, before it is written as Markdown or HTML. */
export function reviewDoc(t: Timeline, problems: readonly Problem[], file: string): ReviewDoc {
  const events = t.events.map((e) => reviewEvent(t, e));
  return {
    title: t.title,
    file,
    events,
    problems,
    counts: {
      events: events.length,
      sentences: events.reduce((n, e) => n + e.claims.length, 0),
      citations: t.events.reduce((n, e) => n + e.citations.length, 0),
    },
  };
}
