import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { validateTimeline, type TimelineData } from '../../../src/core';
import {
  exportCsv,
  exportIcs,
  exportJsonLd,
  exportTimelineJs,
  icalUid,
  importCsv,
  importTimelineJs,
} from '../../../src/core/interchange';
import { data, referenceTimeline, register } from '../../fixtures/references';
import { validateImport, type Selector } from './helpers';

/**
 * A reference's text is the curator's summary of the record. No export may present a passage
 * of it as the record's words: not in quotation marks, not as a selection of the record.
 */
const timeline = referenceTimeline();
const registerPassages = timeline.eventsById
  .get('alba-docks')!
  .citations.filter((c) => c.source === 'reg')
  .map((c) => c.quote);

type Node = Record<string, unknown>;
type Target = { source: string; selector: Selector[] };

function jsonLdGraph(t = timeline) {
  return JSON.parse(exportJsonLd({ timeline: t }).text)['@graph'] as Node[];
}

describe('JSON-LD: the record, the curator’s summary of it, and passages of the summary', () => {
  const graph = jsonLdGraph();
  const citationsOf = (id: string) =>
    graph.filter((n) => typeof n.id === 'string' && n.id.startsWith(`#event-${id}-citation-`));

  it('describes the record with no text of its own; an article keeps its text', () => {
    const record = graph.find((n) => n.identifier === 'reg')!;
    expect(record).toMatchObject({
      '@type': 'CreativeWork',
      '@id': '#source-reg',
      name: 'Register of arrivals, 1850',
      publisher: { '@type': 'Organization', name: 'Port Authority' },
    });
    expect(record).not.toHaveProperty('text');
    expect(graph.find((n) => n.identifier === 'paper')).toMatchObject({ '@type': 'Article' });
  });

  it('gives the summary as the curator’s describing annotation of the record', () => {
    const summaries = graph.filter((n) => n.motivation === 'describing');
    expect(summaries).toEqual([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: '#source-reg-summary',
        type: 'Annotation',
        motivation: 'describing',
        body: {
          id: '#source-reg-summary-text',
          type: 'TextualBody',
          value: register,
          format: 'text/plain',
        },
        target: '#source-reg',
      },
    ]);
  });

  it('selects each cited passage of the register in the summary, never in the record', () => {
    const cites = citationsOf('alba-docks');
    const targets = cites.map((a) => a.target as Target);
    expect(targets.map((t) => t.source)).toEqual([
      '#source-paper',
      '#source-reg-summary-text',
      '#source-reg-summary-text',
    ]);
    // Each selector finds its passage in the text its target names.
    const texts: Record<string, string> = {
      '#source-paper': data.sources[0]!.text!,
      '#source-reg-summary-text': register,
    };
    for (const t of targets) {
      const text = texts[t.source]!;
      const q = t.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = t.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(Array.from(text).slice(pos.start, pos.end).join('')).toBe(q.exact);
      expect(text).toContain(`${q.prefix}${q.exact}${q.suffix}`);
    }
    expect(targets.slice(1).map((t) => t.selector[0]!.exact)).toEqual(registerPassages);
    // No selector anywhere points into a record.
    const records = ['#source-reg', '#source-almanac'];
    for (const a of graph.filter((n) => n.type === 'Annotation'))
      if (typeof a.target === 'object') expect(records).not.toContain((a.target as Target).source);
  });

  it('keeps a reference with no text as the curator’s description, with nothing selected', () => {
    expect(citationsOf('alba-built')).toEqual([
      expect.objectContaining({
        body: [
          '#event-alba-built',
          { type: 'TextualBody', value: 'Built at Dundee in 1841.', purpose: 'describing' },
        ],
        target: '#source-almanac',
      }),
    ]);
  });

  it('points at the summary’s own file when the curator’s text is kept in one', () => {
    const withFile = structuredClone(data) as unknown as TimelineData;
    const reg = withFile.sources.find((s) => s.id === 'reg')!;
    delete reg.text;
    reg.file = 'sources/reg.txt';
    const v = validateTimeline(withFile, new Map([['sources/reg.txt', register]]));
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const g = jsonLdGraph(v.timeline);
    expect(g.find((n) => n.identifier === 'reg')).toMatchObject({ '@id': '#source-reg' });
    expect(g.find((n) => n.motivation === 'describing')).toMatchObject({
      body: { id: 'sources/reg.txt', type: 'Text', format: 'text/plain' },
      target: '#source-reg',
    });
    const cite = g.find((n) => n.id === '#event-alba-docks-citation-2')!;
    expect((cite.target as Target).source).toBe('sources/reg.txt');
  });
});

describe('iCalendar: the description quotes only the article', () => {
  const ics = exportIcs({ timeline, now: new Date(0) });
  const description = (id: string) => {
    const cal = new ICAL.Component(ICAL.parse(ics.text));
    const uid = icalUid(timeline, timeline.eventsById.get(id)!);
    const v = cal.getAllSubcomponents('vevent').find((e) => new ICAL.Event(e).uid === uid)!;
    return new ICAL.Event(v).description;
  };

  it('says a reference’s passage is the curator’s summary, in no quotation marks', () => {
    const lines = description('alba-docks').split('\n');
    expect(lines.slice(-3)).toEqual([
      '[1] “The schooner Alba docked at noon.” — The Morning Courier',
      '[2] Register of arrivals, 1850, Port Authority — curator’s summary of the record: ' +
        'arriving on 3 May 1850 with a cargo of salt from Cádiz',
      '[3] Register of arrivals, 1850, Port Authority — curator’s summary of the record: ' +
        'It records no duty paid.',
    ]);
    expect(description('alba-built').split('\n').at(-1)).toBe(
      '[1] Built at Dundee in 1841. — Shipping almanac, Lloyd’s (reference work, paraphrased)',
    );
  });
});

describe('TimelineJS: <q> only for an article, and the round trip', () => {
  const out = JSON.parse(exportTimelineJs({ timeline }).text);
  const html = (id: string) =>
    (out.events as { unique_id: string; text: { text: string } }[]).find((e) => e.unique_id === id)!
      .text.text;

  it('writes the register’s passages as the curator’s summary, outside <q>', () => {
    const docks = html('alba-docks');
    expect(docks).toContain(
      '<li data-source="paper"><q>The schooner Alba docked at noon.</q> — <cite>The Morning Courier</cite></li>',
    );
    expect(docks).toContain(
      '<li data-source="reg" class="dt-record-summary"><em>Curator’s summary of the record:</em> ' +
        '<span class="dt-passage">arriving on 3 May 1850 with a cargo of salt from Cádiz</span> — ' +
        '<cite>Register of arrivals, 1850</cite>, Port Authority</li>',
    );
    expect(docks.match(/<q>/g)).toHaveLength(1);
    expect(html('alba-built')).not.toContain('<q>');
  });

  it('re-imports every citation, summaries and paraphrase included', () => {
    const back = importTimelineJs(out, { sourceText: () => undefined, base: data as TimelineData });
    expect(validateImport(back).errors).toEqual([]);
    const cites = (events: readonly { id: string; citations: readonly object[] }[]) =>
      Object.fromEntries(events.map((e) => [e.id, e.citations]));
    expect(cites(back.data.events)).toEqual(cites(data.events));
  });
});

describe('CSV: the passage is data, and comes back as it went', () => {
  it('writes each passage bare in its quote column and re-imports it', () => {
    const csv = exportCsv({ timeline }).text;
    for (const q of registerPassages) expect(csv).toContain(`,reg,${q}\n`);
    const back = importCsv(csv, { sourceText: () => undefined, base: data as TimelineData });
    expect(validateImport(back).errors).toEqual([]);
    expect(back.data.events.map((e) => e.citations)).toEqual(
      [...data.events].reverse().map((e) => e.citations),
    );
  });
});
