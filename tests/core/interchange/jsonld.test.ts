import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJsonLd } from '../../../src/core/interchange';
import { loadDataset, type Selector } from './helpers';

const dir = 'tests/fixtures/varied';
const { timeline } = loadDataset(dir);
const doc = JSON.parse(exportJsonLd({ timeline }).text);
const graph = doc['@graph'] as Record<string, unknown>[];

type Annotation = {
  id: string;
  body: unknown;
  target: { source: string; selector: Selector[] } | string;
};

describe('exportJsonLd', () => {
  const annotations = graph.filter((n) => n.type === 'Annotation') as unknown as Annotation[];

  it('describes each event as a schema.org Event', () => {
    const events = graph.filter((n) => n['@type'] === 'Event');
    expect(events.map((e) => e.identifier)).toEqual(timeline.events.map((e) => e.id));
    expect(events.find((e) => e.identifier === 'ides')).toMatchObject({
      '@id': '#event-ides',
      name: 'Caesar stabbed in the theatre of Pompey',
      startDate: '-0043-03-15',
    });
    expect(doc['@context']).toBe('https://schema.org');
  });

  it('writes one Web Annotation per citation', () => {
    const cites = timeline.events.reduce((n, e) => n + e.citations.length, 0);
    expect(annotations).toHaveLength(cites);
    for (const a of annotations)
      expect((a as unknown as Record<string, string>)['@context']).toBe(
        'http://www.w3.org/ns/anno.jsonld',
      );
  });

  it('has selectors that find each quote in its source file (positions in code points)', () => {
    const located = annotations.filter((a) => typeof a.target === 'object');
    expect(located).toHaveLength(7); // all but the reference's paraphrase
    for (const a of located) {
      const target = a.target as { source: string; selector: Selector[] };
      // The target is the source's file, relative to the dataset: read it from there.
      const text = readFileSync(join(dir, target.source), 'utf8');
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const points = Array.from(text);
      expect(points.slice(pos.start, pos.end).join('')).toBe(quote.exact);
      const context = `${quote.prefix}${quote.exact}${quote.suffix}`;
      expect(text.indexOf(context)).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(context)).toBe(text.lastIndexOf(context));
      expect(text.indexOf(context) + quote.prefix!.length).toBe(
        points.slice(0, pos.start).join('').length,
      );
      // And the passage is the one the event cites.
      const [eventIri] = a.id.split('-citation-');
      const event = timeline.events.find((e) => `#event-${e.id}` === eventIri)!;
      expect(
        event.citations.some(
          (c) => c.quote.replace(/\s+/g, ' ') === quote.exact!.replace(/\s+/g, ' '),
        ),
      ).toBe(true);
    }
  });

  it('counts code points past characters outside the BMP', () => {
    const a = annotations.find((x) => x.id === '#event-westphalia-citation-2')!;
    const target = a.target as { selector: Selector[] };
    const pos = target.selector.find((s) => s.type === 'TextPositionSelector')!;
    const text = readFileSync(join(dir, 'sources/chronicle.txt'), 'utf8');
    const utf16 = text.indexOf('Envoys came from');
    expect(pos.start).toBe(utf16 - 1); // one 🕊️ (a surrogate pair) before it
  });

  it('names each cited source with its file as its IRI', () => {
    const chronicle = graph.find((n) => n.identifier === 'chronicle');
    expect(chronicle).toMatchObject({
      '@type': 'Article',
      '@id': 'sources/chronicle.txt',
      name: 'A Chronicle of Peace-Making',
      publisher: { '@type': 'Organization', name: 'Test Press' },
      inLanguage: 'en',
    });
  });
});
