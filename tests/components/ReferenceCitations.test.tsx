// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import type { Locale } from '../../src/core';
import { referenceTimeline } from '../fixtures/references';
import { EventCard } from '../../src/components/EventCard';
import { SourceReader } from '../../src/components/SourceReader';
import { I18nProvider, TimelineProvider } from '../../src/state';

function setup(eventId = 'alba-docks', locale: Locale = 'en') {
  const timeline = referenceTimeline();
  render(
    <I18nProvider i18n={i18nFor(locale)}>
      <TimelineProvider>
        <EventCard event={timeline.eventsById.get(eventId)!} timeline={timeline} />
        <SourceReader timeline={timeline} />
      </TimelineProvider>
    </I18nProvider>,
  );
  const card = screen.getByRole('article');
  const items = within(within(card).getByRole('list', { name: /.+/ })).getAllByRole('listitem');
  return { card, items, timeline };
}

/** Any quotation mark a catalogue could wrap a quote in. */
const QUOTE_MARKS = /[“”„«»"]/;
const LABEL = 'Curator’s summary of the record';

describe('a citation of a reference record', () => {
  it('is shown as the curator’s summary, labelled before it is read, with no quotation marks', () => {
    const { items } = setup();
    const [article, summary] = items as [HTMLElement, HTMLElement];

    // The article keeps its quotation marks, as a blockquote.
    expect(within(article).getByRole('blockquote').textContent).toBe(
      '“The schooner Alba docked at noon.”',
    );
    expect(within(article).queryByText(LABEL)).toBeNull();

    // The reference: its passage as written, not a blockquote, and said to be the curator's.
    expect(within(summary).queryByRole('blockquote')).toBeNull();
    const passage = within(summary).getByText(
      'arriving on 3 May 1850 with a cargo of salt from Cádiz',
    );
    expect(passage.textContent).not.toMatch(QUOTE_MARKS);
    const label = within(summary).getByText(LABEL);
    expect(label.compareDocumentPosition(passage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // What a screen reader reads, in order (the number is hidden from it): label, passage, record.
    expect(summary.textContent).toMatch(
      /^2Curator’s summary of the recordarriving on 3 May 1850 .*Cádiz\s*Register of arrivals, 1850 · Port Authority/,
    );
    expect(within(summary).getByRole('button', { name: 'Show in the summary' })).toBeVisible();
    // The record's title stays the citation's title.
    expect(within(summary).getByText('Register of arrivals, 1850').tagName).toBe('CITE');
  });

  it('opens the reader on the curator’s text, which says whose words it is', async () => {
    const user = userEvent.setup();
    const { items } = setup();
    await user.click(within(items[1]!).getByRole('button', { name: 'Show in the summary' }));
    const reader = screen.getByRole('complementary', { name: 'Register of arrivals, 1850' });
    const note = within(reader).getByText(/^Curator’s summary of the record: the curator’s own/);
    const active = reader.querySelector('mark.active')!;
    expect(active.textContent).toBe('arriving on 3 May 1850 with a cargo of salt from Cádiz');
    expect(note.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // An article opened in the reader is the article's text: no such note.
    await user.click(within(items[0]!).getByRole('button', { name: 'Show in source' }));
    const articleReader = screen.getByRole('complementary', { name: 'The Morning Courier' });
    expect(within(articleReader).queryByText(/Curator’s summary/)).toBeNull();
  });

  it('keeps a reference with no text as a paraphrase: no marks, nothing to open', () => {
    const { items } = setup('alba-built');
    const [only] = items as [HTMLElement];
    expect(within(only).queryByRole('blockquote')).toBeNull();
    expect(within(only).getByText('Built at Dundee in 1841.')).toBeInTheDocument();
    expect(only.textContent).toContain(
      'reference work, paraphrased: no text here to check against',
    );
    expect(within(only).queryByRole('button')).toBeNull();
  });

  it.each([
    ['ar', 'ملخّص المحرّر للوثيقة', '«The schooner Alba docked at noon.»'],
    [
      'fr',
      'Résumé du document par le documentaliste',
      '«\u00a0The schooner Alba docked at noon.\u00a0»',
    ],
    [
      'de',
      'Zusammenfassung des Dokuments durch die Redaktion',
      '„The schooner Alba docked at noon.“',
    ],
  ] as const)(
    'in %s too: the label translated, the marks only on the article',
    (locale, label, quoted) => {
      const { items } = setup('alba-docks', locale);
      const [article, summary] = items as [HTMLElement, HTMLElement];
      // (Less the isolates a right-to-left interface sets around an English quote.)
      const text = within(article).getByRole('blockquote').textContent!;
      expect(text.replace(/[\u2068\u2069]/g, '')).toBe(quoted);
      expect(within(summary).getByText(label)).toBeInTheDocument();
      expect(
        within(summary).getByText('arriving on 3 May 1850 with a cargo of salt from Cádiz')
          .textContent,
      ).not.toMatch(QUOTE_MARKS);
    },
  );
});
