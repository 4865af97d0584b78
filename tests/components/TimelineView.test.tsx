// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { validateTimeline } from '../../src/core';
import { TimelineView } from '../../src/components/Timeline/TimelineView';
import { createTimelineStore, I18nProvider, TimelineProvider } from '../../src/state';

const text = 'They met. They talked. They parted. The council met. Vienna met too.';
const { timeline } = validateTimeline(
  {
    title: 'Fixture',
    lanes: [
      { id: 'dialogue', label: 'Dialogue' },
      { id: 'nato', label: 'NATO' },
    ],
    sources: [{ id: 's', title: 'S', kind: 'article', text }],
    view: { start: '2022-01-09', end: '2022-01-13' },
    events: [
      {
        id: 'met',
        title: 'They met',
        start: '2022-01-09',
        lane: 'dialogue',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'They met.' }],
      },
      {
        id: 'talked',
        title: 'They talked',
        start: '2022-01-10T08:55+01:00',
        lane: 'dialogue',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'They talked.' }],
      },
      {
        id: 'council',
        title: 'The council met',
        start: '2022-01-10T15:00+01:00',
        lane: 'nato',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'The council met.' }],
      },
      {
        id: 'parted',
        title: 'They parted',
        start: '2022-01-12',
        lane: 'dialogue',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'They parted.' }],
      },
    ],
  },
  new Map(),
);

// d3-zoom reads event.view on mousedown, which user-event's synthetic pointer events lack in
// jsdom; clicks are dispatched directly, keys through user-event.
const click = (el: HTMLElement) => act(async () => void fireEvent.click(el));

// jsdom does no layout: give every element the width of a desktop window.
const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() =>
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1280,
  }),
);
afterAll(() => width && Object.defineProperty(HTMLElement.prototype, 'clientWidth', width));

function setup() {
  const store = createTimelineStore();
  store.getState().setLoaded(timeline, []);
  render(
    <I18nProvider i18n={i18nFor()}>
      <TimelineProvider store={store}>
        <TimelineView events={timeline.events} />
      </TimelineProvider>
    </I18nProvider>,
  );
  return store;
}

describe('TimelineView', () => {
  it('renders each event in view as a button named by its title and date, in its lane', () => {
    setup();
    const dialogue = screen.getByRole('group', { name: 'Dialogue' });
    expect(
      within(dialogue).getByRole('button', {
        name: 'They talked, 10 January 2022, 08:55 UTC+01:00',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'NATO' })).getByRole('button', {
        name: /^The council met/,
      }),
    ).toBeInTheDocument();
  });

  it('has one tab stop among the events, and moves the selection with the arrow keys', async () => {
    const user = userEvent.setup();
    const store = setup();
    const buttons = screen.getAllByRole('button', { name: /, \d+ January 2022/ });
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await click(screen.getByRole('button', { name: /^They met/ }));
    screen.getByRole('button', { name: /^They met/ }).focus();
    expect(store.getState().selectedId).toBe('met');
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selectedId).toBe('talked');
    await user.keyboard('{ArrowDown}');
    expect(store.getState().selectedId).toBe('council');
    await user.keyboard('{End}');
    expect(store.getState().selectedId).toBe('parted');
  });

  it('moves from the event that has focus when it is not the selected one', async () => {
    const user = userEvent.setup();
    const store = setup();
    await click(screen.getByRole('button', { name: /^They met/ }));
    expect(store.getState().selectedId).toBe('met');
    // A screen reader's cursor (or a script) puts focus on another event without selecting it.
    act(() => screen.getByRole('button', { name: /^They parted/ }).focus());
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selectedId).toBe('council');
    // Focus follows the selection in the next frame; then it is moved away again.
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^The council met/ }));
    act(() => screen.getByRole('button', { name: /^They talked/ }).focus());
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selectedId).toBe('met');
  });

  it('zooms with + and −, and Fit shows everything', async () => {
    const user = userEvent.setup();
    const store = setup();
    await click(screen.getByRole('button', { name: /^They met/ }));
    screen.getByRole('button', { name: /^They met/ }).focus();
    const span = () => store.getState().window![1] - store.getState().window![0];
    const before = span();
    await user.keyboard('+');
    expect(span()).toBeCloseTo(before / 2, -3);
    await user.keyboard('-');
    expect(span()).toBeCloseTo(before, -3);
    await click(screen.getByRole('button', { name: 'Fit' }));
    expect(store.getState().window![0]).toBeLessThan(timeline.events[0]!.t0);
  });
});
