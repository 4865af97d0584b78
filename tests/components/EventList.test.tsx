// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { validateTimeline } from '../../src/core';
import { EventList } from '../../src/components/EventList';
import { SourceReader } from '../../src/components/SourceReader';
import { I18nProvider, TimelineProvider } from '../../src/state';

const text =
  'Talks open.\nThe meeting began a little before 9 a.m. in Geneva.\nThe talks lasted eight hours.';
const { timeline } = validateTimeline(
  {
    title: 'Fixture',
    lanes: [{ id: 'dialogue', label: 'Bilateral dialogue' }],
    sources: [
      {
        id: 's',
        title: 'Talks open in Geneva',
        kind: 'article',
        text,
        publisher: 'Le Monde',
        language: 'fr',
      },
    ],
    events: [
      {
        id: 'late',
        title: 'Eight hours',
        start: '2022-01-10',
        lane: 'dialogue',
        summary: 'They talked.[1]',
        citations: [{ source: 's', quote: 'The talks lasted eight hours.' }],
      },
      {
        id: 'dec',
        title: '<b>Drafts</b>',
        start: '2021-12',
        approximate: true,
        lane: 'dialogue',
        summary: 'Drafts.[1]',
        disputed: 'One says one draft, another two.',
        citations: [{ source: 's', quote: 'Talks open.' }],
      },
      {
        id: 'open',
        title: 'Talks open',
        start: '2022-01-10T08:55+01:00',
        lane: 'dialogue',
        summary: 'Began.[1]',
        citations: [{ source: 's', quote: 'The meeting began a little before 9 a.m.' }],
      },
    ],
  },
  new Map(),
);

function setup() {
  return render(
    <I18nProvider i18n={i18nFor()}>
      <TimelineProvider>
        <EventList timeline={timeline} events={timeline.events} />
        <SourceReader timeline={timeline} />
      </TimelineProvider>
    </I18nProvider>,
  );
}

describe('EventList', () => {
  it('groups events under dates worded by precision, in time order', () => {
    setup();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'December 2021 (approx.)',
      '10 January 2022',
    ]);
    const jan10 = screen.getByRole('region', { name: '10 January 2022' });
    expect(
      within(jan10)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Eight hours', 'Talks open']);
    expect(within(jan10).getByText('10 January 2022, 08:55 UTC+01:00')).toBeInTheDocument();
  });

  it('shows the disagreement and each citation with its source, and data as text, never HTML', () => {
    setup();
    expect(screen.getByText('One says one draft, another two.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '<b>Drafts</b>' })).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getAllByText('Talks open in Geneva')).toHaveLength(3);
  });

  it('opens the source reader at the cited passage, and closing returns focus to the opener', async () => {
    const user = userEvent.setup();
    setup();
    const card = document.getElementById('event-open')!;
    const opener = within(card).getByRole('button', { name: 'Show in source' });
    await user.click(opener);
    const reader = screen.getByRole('complementary', { name: 'Talks open in Geneva' });
    expect(reader.querySelectorAll('mark')).toHaveLength(3);
    expect(reader.querySelector('mark.active')?.textContent).toBe(
      'The meeting began a little before 9 a.m.',
    );
    await user.click(within(reader).getByRole('button', { name: 'Close source' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
