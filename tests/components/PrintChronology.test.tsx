// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { NO_FILTER, validateTimeline, type Locale } from '../../src/core';
import { EventList } from '../../src/components/EventList';
import { PrintChronology } from '../../src/components/PrintChronology';
import { I18nProvider, TimelineProvider } from '../../src/state';
import { referenceTimeline } from '../fixtures/references';

/** The footnotes of an event as printed, as a reader reads them (isolates aside). */
function notesOf(eventId: string, locale: Locale = 'en') {
  const timeline = referenceTimeline();
  const events = [...timeline.events].sort((a, b) => a.t0 - b.t0);
  const { unmount } = render(
    <I18nProvider i18n={i18nFor(locale)}>
      <PrintChronology timeline={timeline} events={events} filter={NO_FILTER} />
    </I18nProvider>,
  );
  const section = screen
    .getByRole('article')
    .querySelector<HTMLElement>(`[data-event-id="${eventId}"]`)!;
  const notes = within(within(section).getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.textContent!.replace(/[\u2068\u2069]/g, ''));
  unmount();
  return notes;
}

describe('the printed chronology’s notes', () => {
  it('quote an article, and give a reference’s passage as the curator’s summary, unquoted', () => {
    expect(notesOf('alba-docks')).toEqual([
      '2 “The schooner Alba docked at noon.” — The Morning Courier',
      '3 Register of arrivals, 1850, Port Authority — curator’s summary of the record: ' +
        'arriving on 3 May 1850 with a cargo of salt from Cádiz',
      '4 Register of arrivals, 1850, Port Authority — curator’s summary of the record: ' +
        'It records no duty paid.',
    ]);
  });

  it('keep a reference with no text as a paraphrase', () => {
    expect(notesOf('alba-built')).toEqual([
      '1 Built at Dundee in 1841. — Shipping almanac, Lloyd’s (reference work, paraphrased)',
    ]);
  });

  it.each([
    ['ar', '«The schooner Alba docked at noon.»', 'ملخّص المحرّر للوثيقة'],
    ['ru', '«The schooner Alba docked at noon.»', 'краткое изложение документа от составителя'],
  ] as const)('say so in %s too', (locale, quoted, label) => {
    const [article, summary] = notesOf('alba-docks', locale);
    expect(article).toContain(quoted);
    expect(summary).toContain(label);
    expect(summary).toContain('arriving on 3 May 1850 with a cargo of salt from Cádiz');
    expect(summary).not.toMatch(/[“”„«»"]/);
  });
});

describe('the printed chronology’s order', () => {
  it('is the list’s: events whose dates read alike together, an approximate day after the exact ones', () => {
    const text = 'One. Two. Three.';
    const event = (id: string, extra: object = {}) => ({
      id,
      title: id,
      start: '2022-01-09',
      lane: 'l',
      summary: 'It happened.[1]',
      citations: [{ source: 's', quote: id === 'a' ? 'One.' : id === 'b' ? 'Two.' : 'Three.' }],
      ...extra,
    });
    const { timeline } = validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'l', label: 'L' }],
        sources: [{ id: 's', title: 'S', kind: 'article', text }],
        // In time order: the approximate day sorts between the two exact ones.
        events: [event('a'), event('b', { approximate: true }), event('c')],
      },
      new Map(),
    );
    const ids = (ui: React.ReactElement) => {
      const { container, unmount } = render(
        <I18nProvider i18n={i18nFor('en')}>{ui}</I18nProvider>,
      );
      const found = [...container.querySelectorAll<HTMLElement>('[data-event-id]')].map(
        (e) => e.dataset.eventId,
      );
      unmount();
      return found;
    };
    const printed = ids(
      <PrintChronology timeline={timeline} events={timeline.events} filter={NO_FILTER} />,
    );
    expect(timeline.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(printed).toEqual(['a', 'c', 'b']);
    expect(
      ids(
        <TimelineProvider>
          <EventList timeline={timeline} events={timeline.events} />
        </TimelineProvider>,
      ),
    ).toEqual(printed);
  });
});
