import {
  epochMs,
  indexText,
  locateQuote,
  parseDate,
  type IndexedText,
  type LocatedCitation,
  type Problem,
  type Timeline,
  type TimelineEvent,
  type ValidationResult,
} from '../../core';
import { validateTimeline } from '../../core';
import type { Draft } from './draft';

/** What the desk shows: the draft validated, and the event being edited even while it has errors. */
export interface DraftView {
  readonly timeline: Timeline;
  readonly problems: readonly Problem[];
}

/** Validates a draft with the project's validator, as `npm run validate` would the saved files. */
export function validateDraft(d: Draft): ValidationResult {
  return validateTimeline(d.data, new Map(Object.entries(d.texts)));
}

/**
 * The validated draft, plus the event being edited where the validator left it out (no
 * title yet, no citation yet…) but its date and lane are good: the timeline then shows the
 * draft where it will be, and the reader marks its passages, while the form says what is
 * still wrong.
 */
export function draftView(
  d: Draft,
  editingId: string | null,
  untitled = 'Untitled draft',
): DraftView {
  const { timeline, problems } = validateDraft(d);
  if (!editingId || timeline.eventsById.has(editingId)) return { timeline, problems };
  const raw = d.data.events.find((e) => e.id === editingId);
  if (!raw || typeof raw.start !== 'string') return { timeline, problems };
  // By the validated events' clock, so the draft sits among them where it will be.
  const start = parseDate(raw.start, timeline.clock);
  const end = raw.end ? parseDate(raw.end, timeline.clock) : null;
  if (!start.ok || !timeline.lanes.some((l) => l.id === raw.lane)) return { timeline, problems };
  const endDate = end?.ok ? end.value : undefined;
  const event: TimelineEvent = {
    ...raw,
    title: raw.title || untitled,
    citations: locate(d, raw.citations ?? []),
    startDate: start.value,
    endDate,
    t0: start.value.startMs,
    t1: epochMs(Math.max(start.value.endMs, endDate?.endMs ?? 0)),
  };
  const events = [...timeline.events, event].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  return {
    timeline: { ...timeline, events, eventsById: new Map(events.map((e) => [e.id, e])) },
    problems,
  };
}

const indexed = new Map<string, IndexedText>();
function located(text: string): IndexedText {
  let t = indexed.get(text);
  if (!t) {
    if (indexed.size > 32) indexed.clear();
    t = indexText(text);
    indexed.set(text, t);
  }
  return t;
}

function locate(d: Draft, citations: readonly { source: string; quote: string }[]) {
  return citations.map((c): LocatedCitation => {
    const src = d.data.sources.find((s) => s.id === c.source);
    const body = src?.text ?? (src?.file ? d.texts[src.file] : undefined);
    if (body === undefined) return { ...c, range: null };
    const r = locateQuote(located(body), c.quote);
    return { ...c, range: r.kind === 'found' ? [r.start, r.end] : null };
  });
}

/** The indexed text of a source in the draft, for proposing quotes from a selection. */
export function sourceIndex(d: Draft, sourceId: string): IndexedText | null {
  const src = d.data.sources.find((s) => s.id === sourceId);
  const body = src?.text ?? (src?.file ? d.texts[src.file] : undefined);
  return body === undefined ? null : located(body);
}
