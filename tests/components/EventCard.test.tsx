// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { validateTimeline } from '../../src/core';
import { EventCard } from '../../src/components/EventCard';
import { I18nProvider, TimelineProvider } from '../../src/state';

const text =
  'The meeting began a little before 9 a.m. at the U.S. mission. The talks lasted eight hours. ' +
  'Riabkov said Russia would make no concessions.';
function load(events: object[], actors: object[] = []) {
  const { timeline, problems } = validateTimeline(
    {
      title: 'Fixture',
      lanes: [{ id: 'dialogue', label: 'Bilateral dialogue' }],
      actors,
      sources: [
        { id: 'lm', title: 'Talks open in Geneva', kind: 'article', text, publisher: 'Le Monde' },
        { id: 'ap', title: 'A long day in Geneva', kind: 'article', text },
      ],
      events,
    },
    new Map(),
  );
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return timeline;
}

const talks = {
  id: 'talks',
  title: 'Talks in Geneva',
  start: '2022-01-10T08:55+01:00',
  lane: 'dialogue',
  actors: ['ryabkov'],
  summary:
    'The talks began before 9 a.m. at the U.S. mission.[1] They lasted eight hours.[2] ' +
    'Ryabkov said Russia would "make no concessions."[3]',
  citations: [
    { source: 'lm', quote: 'The meeting began a little before 9 a.m. at the U.S. mission.' },
    { source: 'ap', quote: 'The talks lasted eight hours.' },
    { source: 'lm', quote: 'Riabkov said Russia would make no concessions.' },
  ],
};
const ryabkov = {
  id: 'ryabkov',
  name: 'Sergei Ryabkov',
  kind: 'person',
  office: 'Deputy Foreign Minister of Russia',
  aliases: ['Serguei Riabkov', 'Sergey Ryabkov'],
};

function setup(event: object = talks, actors: object[] = [ryabkov]) {
  const timeline = load([event], actors);
  render(
    <I18nProvider i18n={i18nFor()}>
      <TimelineProvider>
        <EventCard event={timeline.events[0]!} timeline={timeline} />
      </TimelineProvider>
    </I18nProvider>,
  );
  return screen.getByRole('article');
}

const citations = (card: HTMLElement) =>
  within(within(card).getByRole('list', { name: 'Citations' })).getAllByRole('listitem');
const quoteOf = (li: HTMLElement) => li.querySelector('blockquote')!.textContent;
/** The quotes of the citations lit (by a sentence) or targeted (by a marker). */
const lit = (card: HTMLElement) =>
  citations(card)
    .filter((li) => li.classList.contains('lit'))
    .map(quoteOf);

describe('EventCard: claims', () => {
  it('shows each marker as a button named by its citation and source, never as "[n]"', () => {
    const card = setup();
    const summary = card.querySelector('.summary')!;
    expect(summary.textContent).not.toMatch(/\[\d\]/);
    expect(
      within(summary as HTMLElement)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.getAttribute('aria-label')]),
    ).toEqual([
      ['1', 'Citation 1: Talks open in Geneva'],
      ['2', 'Citation 2: A long day in Geneva'],
      ['3', 'Citation 3: Talks open in Geneva'],
    ]);
    // Each marker sits after its own sentence, inside it.
    const sentences = [...summary.querySelectorAll('.claim')];
    expect(sentences.map((s) => s.textContent)).toEqual([
      'The talks began before 9 a.m. at the U.S. mission.1',
      'They lasted eight hours.2',
      'Ryabkov said Russia would "make no concessions."3',
    ]);
  });

  it('keeps each sentence’s last word, markers and closing quote mark together, for line breaking', () => {
    const card = setup({
      ...talks,
      summary:
        'The talks began at the U.S. mission.[1][2] He said: “No concessions.[3]” Talks went on.[1]',
    });
    expect([...card.querySelectorAll('.claim-end')].map((e) => e.textContent)).toEqual([
      'mission.12',
      'concessions.3”',
      'on.1',
    ]);
  });

  it('moves focus to the citation a marker names, and highlights it', async () => {
    const user = userEvent.setup();
    const card = setup();
    await user.click(screen.getByRole('button', { name: 'Citation 2: A long day in Geneva' }));
    const [, second] = citations(card);
    expect(second).toHaveFocus();
    expect(second).toHaveClass('target');
    expect(citations(card).filter((li) => li.classList.contains('target'))).toHaveLength(1);
    // Focus leaving the citation ends the highlight.
    await user.tab();
    await user.tab();
    expect(second).not.toHaveClass('target');
  });

  it('lights the passages a sentence rests on while it is hovered or focused', async () => {
    const user = userEvent.setup();
    const card = setup();
    const sentences = card.querySelectorAll<HTMLElement>('.claim');
    expect(lit(card)).toEqual([]);
    await user.hover(sentences[2]!);
    expect(lit(card)).toEqual(['“Riabkov said Russia would make no concessions.”']);
    expect(sentences[2]).toHaveClass('lit');
    await user.unhover(sentences[2]!);
    expect(lit(card)).toEqual([]);
    fireEvent.focus(within(sentences[1]!).getByRole('button'));
    expect(lit(card)).toEqual(['“The talks lasted eight hours.”']);
  });

  it('lights every passage of a sentence with several markers, and the sentences a citation supports', async () => {
    const user = userEvent.setup();
    const card = setup({
      ...talks,
      summary:
        'The talks began at the U.S. mission and lasted eight hours.[1][2] Russia conceded nothing.[3][1]',
    });
    const sentences = card.querySelectorAll<HTMLElement>('.claim');
    await user.hover(sentences[0]!);
    expect(lit(card)).toHaveLength(2);
    await user.unhover(sentences[0]!);
    await user.hover(citations(card)[0]!);
    expect([...sentences].map((s) => s.classList.contains('lit'))).toEqual([true, true]);
    await user.hover(citations(card)[1]!);
    expect([...sentences].map((s) => s.classList.contains('lit'))).toEqual([true, false]);
  });

  it('shows an uncited draft’s summary as written, with no markers', () => {
    const card = setup({ ...talks, status: 'uncited', summary: 'Talks began. Unchecked.' });
    expect(card.querySelector('.summary')!.textContent).toBe('Talks began. Unchecked.');
    expect(within(card.querySelector('.summary') as HTMLElement).queryAllByRole('button')).toEqual(
      [],
    );
  });

  it('shows data as text, never as HTML, in sentences and markers', () => {
    const card = setup(
      {
        ...talks,
        summary: '<img src=x onerror=alert(1)>The talks <b>began</b>.[1] They lasted.[2][3]',
      },
      [{ ...ryabkov, office: '<i>office</i>', aliases: ['<script>x</script>'] }],
    );
    expect(card.querySelector('img, b, i, script')).toBeNull();
    expect(card.querySelector('.claim')!.textContent).toBe(
      '<img src=x onerror=alert(1)>The talks <b>began</b>.1',
    );
    expect(within(card).getByText(/<i>office<\/i>/)).toBeInTheDocument();
  });
});

describe('EventCard: actors', () => {
  it('shows an actor with the office they held and the other spellings of their name', () => {
    const card = setup();
    const actors = within(card).getByRole('list', { name: 'With:' });
    expect(within(actors).getByRole('listitem').textContent).toBe(
      'Sergei Ryabkov (Deputy Foreign Minister of Russia; also reported as Serguei Riabkov, Sergey Ryabkov)',
    );
  });

  it('shows the office alone, the spellings alone, or the name alone', () => {
    const card = setup({ ...talks, actors: ['a', 'b', 'c'] }, [
      { id: 'a', name: 'Wendy Sherman', kind: 'person', office: 'US Deputy Secretary of State' },
      { id: 'b', name: 'Sergei Ryabkov', kind: 'person', aliases: ['Riabkov'] },
      { id: 'c', name: 'Russia', kind: 'state' },
    ]);
    expect(
      within(within(card).getByRole('list', { name: 'With:' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Wendy Sherman (US Deputy Secretary of State)',
      'Sergei Ryabkov (also reported as Riabkov)',
      'Russia',
    ]);
  });
});
