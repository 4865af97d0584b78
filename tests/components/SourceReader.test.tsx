// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { validateTimeline } from '../../src/core';
import { SourceReader } from '../../src/components/SourceReader';
import { I18nProvider, TimelineProvider } from '../../src/state';

describe('the source reader’s count of cited passages', () => {
  it('counts a passage several events cite once, as it marks it once', () => {
    const text = 'The talks began. They lasted eight hours.';
    const event = (id: string, quote: string) => ({
      id,
      title: id,
      start: '2022-01-10',
      lane: 'l',
      summary: 'S.[1]',
      citations: [{ source: 's', quote }],
    });
    const { timeline } = validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'l', label: 'L' }],
        sources: [{ id: 's', title: 'The report', kind: 'article', text }],
        events: [
          event('a', 'The talks began.'),
          event('b', 'The talks began.'),
          event('c', 'The talks began.'),
          event('d', 'They lasted eight hours.'),
        ],
      },
      new Map(),
    );
    render(
      <I18nProvider i18n={i18nFor()}>
        <TimelineProvider init={{ reader: { sourceId: 's' } }}>
          <SourceReader timeline={timeline} />
        </TimelineProvider>
      </I18nProvider>,
    );
    const reader = screen.getByRole('complementary', { name: 'The report' });
    const terms = [...reader.querySelectorAll('dt')].map((d) => d.textContent);
    const values = [...reader.querySelectorAll('dd')].map((d) => d.textContent);
    expect(values[terms.indexOf('Cited passages')]).toBe('2');
    expect(within(reader).getAllByText(/The talks began\.|They lasted eight hours\./)).toHaveLength(
      2,
    );
  });
});
