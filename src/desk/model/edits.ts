import type { Lane, Source } from '../../core';
import type { Draft, DraftActor, DraftEvent } from './draft';
import { removeMarker } from './markers';
import { slugify, uniqueId } from './slug';

/**
 * Every change the desk makes to a draft, as pure functions: a draft in, a new draft out,
 * the old one untouched (undo keeps it). Nothing here validates: the validator does that,
 * on the result, and the form shows what it says.
 */

const withData = (d: Draft, data: Partial<Draft['data']>): Draft => ({
  ...d,
  data: { ...d.data, ...data },
});

const eventIds = (d: Draft) => d.data.events.map((e) => e.id);

/** A new event (untitled, undated until the curator says), returned with its id. */
export function addEvent(d: Draft, init: Partial<DraftEvent> = {}): { draft: Draft; id: string } {
  const id = uniqueId(slugify(init.title ?? '', 'event'), eventIds(d));
  const event: DraftEvent = {
    id,
    title: '',
    start: '',
    lane: d.data.lanes[0]?.id ?? '',
    summary: '',
    citations: [],
    ...init,
  };
  return { draft: withData(d, { events: [...d.data.events, event] }), id };
}

/** The event with this id changed by `patch`; keys set to undefined are removed. */
export function updateEvent(d: Draft, id: string, patch: Partial<DraftEvent>): Draft {
  return withData(d, {
    events: d.data.events.map((e) => (e.id === id ? dropUndefined({ ...e, ...patch }) : e)),
  });
}

export function deleteEvent(d: Draft, id: string): Draft {
  return withData(d, { events: d.data.events.filter((e) => e.id !== id) });
}

/** Adds a citation to an event; returns its 1-based number, for the summary's marker. */
export function addCitation(
  d: Draft,
  id: string,
  citation: { source: string; quote: string },
): { draft: Draft; n: number } {
  const e = d.data.events.find((x) => x.id === id);
  if (!e) return { draft: d, n: 0 };
  const citations = [...e.citations, citation];
  return { draft: updateEvent(d, id, { citations }), n: citations.length };
}

/** Removes citation `index` (0-based), and renumbers the summary's markers to match. */
export function removeCitation(d: Draft, id: string, index: number): Draft {
  const e = d.data.events.find((x) => x.id === id);
  if (!e) return d;
  return updateEvent(d, id, {
    citations: e.citations.filter((_, k) => k !== index),
    summary: removeMarker(e.summary, index + 1),
  });
}

/** Adds a lane labelled `label`; returns its id. */
export function addLane(d: Draft, label: string): { draft: Draft; id: string } {
  const id = uniqueId(
    slugify(label, 'lane'),
    d.data.lanes.map((l) => l.id),
  );
  const lane: Lane = { id, label };
  return { draft: withData(d, { lanes: [...d.data.lanes, lane] }), id };
}

/** Adds an actor; returns its id. */
export function addActor(d: Draft, actor: Omit<DraftActor, 'id'>): { draft: Draft; id: string } {
  const actors = d.data.actors ?? [];
  const id = uniqueId(
    slugify(actor.name, 'actor'),
    actors.map((a) => a.id),
  );
  const a = dropUndefined({
    id,
    name: actor.name,
    kind: actor.kind,
    office: actor.office || undefined,
    aliases: actor.aliases?.length ? actor.aliases : undefined,
  }) as DraftActor;
  return { draft: withData(d, { actors: [...actors, a] }), id };
}

/** What the curator gives for a new source; the text is kept as text, never as markup. */
export interface NewSource {
  readonly title: string;
  readonly text: string;
  readonly kind?: Source['kind'];
  readonly publisher?: string;
  readonly language?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Adds a source and its text file (`sources/ID.txt`); returns its id. */
export function addSource(d: Draft, s: NewSource): { draft: Draft; id: string } {
  const id = uniqueId(
    slugify(s.title, 'source'),
    d.data.sources.map((x) => x.id),
  );
  let file = `sources/${id}.txt`;
  for (let n = 2; file in d.texts; n++) file = `sources/${id}-${n}.txt`;
  const source = dropUndefined({
    id,
    title: s.title,
    kind: s.kind ?? 'article',
    file,
    publisher: s.publisher || undefined,
    language: s.language || undefined,
    published: s.published || undefined,
    url: s.url || undefined,
  }) as Source;
  return {
    draft: {
      data: { ...d.data, sources: [...d.data.sources, source] },
      texts: { ...d.texts, [file]: s.text },
    },
    id,
  };
}

/** Changes a dataset-level field (title, description). */
export function updateDataset(d: Draft, patch: { title?: string; description?: string }): Draft {
  return { ...d, data: dropUndefined({ ...d.data, ...patch }) as Draft['data'] };
}

function dropUndefined<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === '') delete out[k];
  // Required strings stay, even when empty: the validator names them.
  for (const k of ['title', 'start', 'summary', 'lane', 'id', 'name'] as const)
    if (k in o && out[k] === undefined) out[k] = (o as Record<string, unknown>)[k] ?? '';
  return out as T;
}
