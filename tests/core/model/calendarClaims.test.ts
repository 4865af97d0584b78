import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../src/core';
import { calendarNamesIn } from '../../../src/core/model/validate/calendarWords';

/**
 * The validator on the months and days of the week a sentence names: each must be named by a
 * passage the sentence cites, or be covered by the event's own dates, its date note or the
 * date a cited source was published; a day written beside a full date must be that date's.
 * Through validateTimeline, as a curator meets it.
 */
const TEXT = [
  'The delegations met in Geneva on Monday and talked for hours.',
  'Le ministre a parlé mardi 11 janvier à Bruxelles.',
  'Встреча состоится в среду, 12 января.',
  'Засідання відбулося 13 січня.',
  'The decree is dated 10.02.2022.',
  'Talks may resume later.',
].join('\n');

const PASSAGES = [
  { source: 'en', quote: 'The delegations met in Geneva on Monday' },
  { source: 'fr', quote: 'Le ministre a parlé mardi 11 janvier à Bruxelles.' },
  { source: 'ru', quote: 'Встреча состоится в среду, 12 января.' },
  { source: 'uk', quote: 'Засідання відбулося 13 січня.' },
  { source: 'en', quote: 'The decree is dated 10.02.2022.' },
  { source: 'en', quote: 'Talks may resume later.' },
];

function check(summary: string, event: object = {}, published?: string) {
  const source = (id: string, language?: string) => ({
    id,
    title: id,
    kind: 'article',
    text: TEXT,
    ...(language ? { language } : {}),
    ...(published ? { published } : {}),
  });
  const r = validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'l', label: 'L' }],
      sources: [source('en'), source('fr', 'fr'), source('ru', 'ru'), source('uk', 'uk-UA')],
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2022-01-10',
          lane: 'l',
          summary,
          citations: PASSAGES,
          ...event,
        },
      ],
    },
    new Map(),
  );
  return r.problems
    .filter((p) => /names (a month|months)|that day was/.test(p.message))
    .map((p) => `${p.path}: ${p.message}`);
}

describe('months and days a sentence names', () => {
  it('warns, naming the sentence and the word, when nothing under it names the month', () => {
    expect(check('The talks were held on 10 March.[1]')).toEqual([
      'events[0] (e).summary: sentence 1 names a month or day ("March") that no passage it cites names, nor the event\'s dates: "The talks were held on 10 March."; correct the sentence, or cite the passage that names it',
    ]);
    // The event's own month needs no passage.
    expect(check('The talks were held on 10 January.[1]')).toEqual([]);
  });

  it('warns on a day of the week the passages and the date do not give', () => {
    expect(check('The delegations met on Tuesday.[6]')).toHaveLength(1);
    expect(check('The delegations met on Monday.[6]')).toEqual([]); // 10 January 2022
    expect(check('The delegations met on Monday.[1]')).toEqual([]); // and the passage says so
    expect(check('They met on Thursday and Friday.[1]')[0]).toMatch(
      /names months or days \("Thursday", "Friday"\)/,
    );
  });

  it('accepts every day and month a range covers, and none beyond it', () => {
    const range = { end: '2022-01-12' };
    expect(check('It ran from Monday to Wednesday.[6]', range)).toEqual([]);
    expect(check('It ended on Thursday.[6]', range)).toHaveLength(1);
    expect(check('It ran into February.[6]', { end: '2022-02-02' })).toEqual([]);
    // A year is not precise to any month: "in March" needs a passage.
    expect(check('It happened in March.[6]', { start: '1994' })).toHaveLength(1);
  });

  it('reads passages in their source’s language, and numeric dates', () => {
    expect(check('The minister spoke on Tuesday 11 January.[2]')).toEqual([]);
    expect(check('The meeting was set for Wednesday.[3]')).toEqual([]);
    expect(check('The session was held on 13 January.[4]', { start: '2021-12-01' })).toEqual([]);
    expect(check('The decree is dated 10 February.[5]')).toEqual([]);
    // The French passage names Tuesday and January, not Friday.
    expect(check('The minister spoke on Friday.[2]')).toHaveLength(1);
  });

  it('accepts the date note and the month a cited source was published', () => {
    const old = { start: '1987-12-08' };
    expect(check('The report of 9 January recalls it.[6]', old)).toHaveLength(1);
    expect(check('The report of 9 January recalls it.[6]', old, '2022-01-09')).toEqual([]);
    expect(
      check('The report says it happened on a Sunday.[6]', { ...old, dateNote: 'a Sunday' }),
    ).toEqual([]);
  });

  it('leaves "May" the verb alone, but not the month beside a number', () => {
    expect(check('May the talks resume, he asked.[6]')).toEqual([]);
    expect(check('The talks may resume.[6]')).toEqual([]);
    expect(check('They resumed on 3 May.[6]')).toHaveLength(1);
    expect(check('They resumed on May 3.[6]')).toHaveLength(1);
  });

  it('warns when a day of the week is written beside a date that was another day', () => {
    expect(check('On Monday, 11 January 2022, Sherman flew to Brussels.[2]')).toEqual([
      'events[0] (e).summary: sentence 1 says "Monday, 11 January 2022", but that day was a Tuesday',
    ]);
    // Said once: the wrong day is not also reported as a day nothing gives.
    expect(check('On Saturday, 11 January 2022, Sherman flew to Brussels.[2]')).toEqual([
      'events[0] (e).summary: sentence 1 says "Saturday, 11 January 2022", but that day was a Tuesday',
    ]);
    // The right day, in either order of day and month, is the date's own fact.
    expect(check('On Tuesday, January 11, 2022, Sherman flew on.[2]')).toEqual([]);
    expect(check('On Wednesday 12 January 2022 the Council met.[3]')).toEqual([]);
    expect(check('On Friday 14 January 2022 it ended.[1]', { end: '2022-01-14' })).toEqual([]);
  });
});

describe('calendarNamesIn', () => {
  it('reads English names and abbreviations, capitalized, as whole words', () => {
    expect(calendarNamesIn('On Mon., 3 Sept. and Jan 4', undefined)).toEqual({
      months: new Set([9, 1]),
      weekdays: new Set([1]),
    });
    expect(calendarNamesIn('a janitor may march on', undefined).months.size).toBe(0);
  });

  it('reads a language’s forms, with or without accents', () => {
    expect(calendarNamesIn('lunedi 3 maggio', 'it')).toEqual({
      months: new Set([5]),
      weekdays: new Set([1]),
    });
    expect(calendarNamesIn('в пятницу, 1 мая', 'ru')).toEqual({
      months: new Set([5]),
      weekdays: new Set([5]),
    });
    expect(calendarNamesIn('у пʼятницю, 1 травня', 'uk')).toEqual({
      months: new Set([5]),
      weekdays: new Set([5]),
    });
    expect(calendarNamesIn('am Montag, 1. März', 'de-AT')).toEqual({
      months: new Set([3]),
      weekdays: new Set([1]),
    });
    // No language: its words are not read.
    expect(calendarNamesIn('mardi 11 janvier', undefined).months.size).toBe(0);
  });
});
