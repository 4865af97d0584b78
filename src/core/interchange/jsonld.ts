/**
 * JSON-LD: each event a schema.org Event, each source a schema.org Article (or CreativeWork
 * for a reference), and each citation a W3C Web Annotation whose target is the passage in
 * its source, found by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * (code points, as the Web Annotation model counts them). Source IRIs are the datasets's own
 * relative `file` paths, so the export placed beside timeline.json resolves to the texts.
 *
 * A reference's text is the curator's summary of the record, not the record: the record is a
 * CreativeWork with no text of its own, the summary a describing Annotation of it whose body
 * is that text, and a citation's selectors select in the summary's body, never in the record.
 */
import type { Actor, Source } from '../model/schema';
import type { LocatedCitation, SourceDoc, TimelineEvent } from '../model/timeline';
import { eventsOf, type ExportInput, type ExportResult } from './exportTypes';

const SCHEMA = 'https://schema.org';
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context each side of a quote. */
const CONTEXT = 32;

const eventIri = (e: TimelineEvent) => `#event-${e.id}`;
/** The work itself: an article's text file, or a record (which the dataset never holds). */
const sourceIri = (s: Source) =>
  s.kind === 'reference' ? `#source-${s.id}` : (s.file ?? `#source-${s.id}`);
/** The curator's summary of a record: its file, or its text carried in the export. */
const summaryIri = (s: Source) => s.file ?? `#source-${s.id}-summary-text`;
/** Where a citation's passage is: the article, or the curator's summary of the record. */
const passageIri = (s: Source) => (s.kind === 'reference' ? summaryIri(s) : sourceIri(s));

/** UTF-16 offset → code point offset, counted over the text once. */
function codePointCounter(text: string): (i: number) => number {
  const before = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = n;
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    // A surrogate pair is one code point: its low half counts with its high half.
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) before[++i] = n;
    n++;
  }
  before[text.length] = n;
  return (i) => before[i]!;
}

/** Moves a cut off the middle of a surrogate pair. */
const safeCut = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
};

const actorType = (a: Actor) =>
  a.kind === 'person' ? 'Person' : a.kind === 'state' ? 'GovernmentOrganization' : 'Organization';

function eventNode(e: TimelineEvent, input: ExportInput, cited: readonly Source[]) {
  const { timeline } = input;
  const lane = timeline.lanes.find((l) => l.id === e.lane);
  const more = [
    e.approximate ? 'The date is approximate.' : '',
    e.dateNote ? `About the date: ${e.dateNote}` : '',
    e.disputed ? `Reports differ: ${e.disputed}` : '',
    e.status === 'uncited' ? 'Not yet cited: no passage of a source supports this yet.' : '',
  ].filter(Boolean);
  return {
    '@type': 'Event',
    '@id': eventIri(e),
    identifier: e.id,
    name: e.title,
    startDate: e.start,
    ...(e.end ? { endDate: e.end } : {}),
    description: [e.summary, ...more].join(' '),
    keywords: [lane?.label ?? e.lane, ...(e.tags ?? [])],
    ...(e.actors?.length
      ? {
          attendee: e.actors.map((id) => {
            const a = timeline.actors.find((x) => x.id === id);
            return a ? { '@type': actorType(a), name: a.name } : { '@type': 'Thing', name: id };
          }),
        }
      : {}),
    ...(e.media ? { image: e.media.url } : {}),
    ...(cited.length ? { subjectOf: cited.map((s) => ({ '@id': sourceIri(s) })) } : {}),
  };
}

function sourceNode(s: SourceDoc) {
  return {
    '@type': s.kind === 'article' ? 'Article' : 'CreativeWork',
    '@id': sourceIri(s),
    identifier: s.id,
    name: s.title,
    ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
    ...(s.language ? { inLanguage: s.language } : {}),
    ...(s.published ? { datePublished: s.published } : {}),
    ...(s.url ? { url: s.url } : {}),
    // An article whose text is inline has no file to point at: its text travels with it. A
    // record's text is never here: the dataset has only the curator's summary of it.
    ...(s.kind === 'article' && s.file === undefined && s.body !== null ? { text: s.body } : {}),
  };
}

/** The curator's summary of a record: the curator's words describing it, not its words. */
function summaryNode(s: SourceDoc, body: string) {
  return {
    '@context': ANNO,
    id: `#source-${s.id}-summary`,
    type: 'Annotation',
    motivation: 'describing',
    body:
      s.file !== undefined
        ? { id: summaryIri(s), type: 'Text', format: 'text/plain' }
        : { id: summaryIri(s), type: 'TextualBody', value: body, format: 'text/plain' },
    target: sourceIri(s),
  };
}

function annotation(
  e: TimelineEvent,
  c: LocatedCitation,
  k: number,
  s: SourceDoc,
  counter: ((i: number) => number) | null,
) {
  const base = {
    '@context': ANNO,
    id: `${eventIri(e)}-citation-${k + 1}`,
    type: 'Annotation',
    motivation: 'linking',
  };
  if (!c.range || s.body === null || !counter) {
    // A reference work: a paraphrase, with nothing in a text to select.
    return {
      ...base,
      body: [eventIri(e), { type: 'TextualBody', value: c.quote, purpose: 'describing' }],
      target: sourceIri(s),
    };
  }
  const [start, end] = c.range;
  const text = s.body;
  return {
    ...base,
    body: eventIri(e),
    target: {
      source: passageIri(s),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(safeCut(text, Math.max(0, start - CONTEXT)), start),
          suffix: text.slice(end, safeCut(text, Math.min(text.length, end + CONTEXT))),
        },
        { type: 'TextPositionSelector', start: counter(start), end: counter(end) },
      ],
    },
  };
}

/** The events, their sources and their citations, as one JSON-LD graph. */
export function exportJsonLd(input: ExportInput): ExportResult {
  const { timeline } = input;
  const events = eventsOf(input);
  const counters = new Map<string, (i: number) => number>();
  const counterFor = (s: SourceDoc) => {
    if (s.body === null) return null;
    let f = counters.get(s.id);
    if (!f) counters.set(s.id, (f = codePointCounter(s.body)));
    return f;
  };
  const used = new Map<string, SourceDoc>();
  const graph: object[] = [];
  const annotations: object[] = [];
  for (const e of events) {
    const cited: SourceDoc[] = [];
    e.citations.forEach((c, k) => {
      const s = timeline.sources.find((x) => x.id === c.source);
      if (!s) return;
      if (!cited.includes(s)) cited.push(s);
      used.set(s.id, s);
      annotations.push(annotation(e, c, k, s, counterFor(s)));
    });
    graph.push(eventNode(e, input, cited));
  }
  const doc = {
    '@context': SCHEMA,
    '@graph': [
      {
        '@type': 'Dataset',
        '@id': '',
        name: timeline.title,
        ...(timeline.description ? { description: timeline.description } : {}),
      },
      ...graph,
      ...[...used.values()].map(sourceNode),
      ...[...used.values()].flatMap((s) =>
        s.kind === 'reference' && s.body !== null ? [summaryNode(s, s.body)] : [],
      ),
      ...annotations,
    ],
  };
  const unverified = events.reduce((n, e) => n + (e.unverified?.length ?? 0), 0);
  return {
    text: `${JSON.stringify(doc, null, 2)}\n`,
    mediaType: 'application/ld+json',
    extension: 'jsonld',
    notes: unverified
      ? [
          `${unverified} unverified quote(s) left out: an annotation needs a passage found in its source`,
        ]
      : [],
  };
}
