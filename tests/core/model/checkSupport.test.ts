import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../src/core';

/**
 * The validator on a sentence and the passages under it: what the sentence states in numbers
 * and quotation marks must be in the passages it cites. Through validateTimeline, as a
 * curator meets it (`npm run validate`, the app's problems panel, the review sheet).
 */
const TEXT = [
  'The talks in Geneva lasted seven hours on Monday, a senior official said.',
  'Some 100,000 troops were massed near Ukraine, according to US estimates.',
  'The meeting was described as “frank and direct” by Sherman, who called it tense but useful.',
  'Ryabkov said 10 rounds of talks would not be enough, and 2.5 days were set aside.',
  'The dictator was stabbed on the Ides of March.',
].join('\n');

function check(summary: string, event: object = {}, source: object = {}) {
  const r = validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'l', label: 'L' }],
      sources: [{ id: 's', title: 'S', kind: 'article', text: TEXT, ...source }],
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2022-01-10',
          lane: 'l',
          summary,
          citations: [
            { source: 's', quote: 'lasted seven hours on Monday' },
            { source: 's', quote: 'Some 100,000 troops were massed near Ukraine' },
            {
              source: 's',
              quote: 'described as “frank and direct” by Sherman, who called it tense but useful',
            },
            {
              source: 's',
              quote:
                'Ryabkov said 10 rounds of talks would not be enough, and 2.5 days were set aside',
            },
            { source: 's', quote: 'The dictator was stabbed on the Ides of March.' },
          ],
          ...event,
        },
      ],
    },
    new Map(),
  );
  // Only this check's warnings: the others (citations no marker names) are not under test.
  const mine = r.problems
    .filter((p) => /gives (a number|numbers)|word for word/.test(p.message))
    .map((p) => `${p.severity} ${p.path}: ${p.message}`);
  return { problems: mine, kept: r.timeline.events.length === 1 };
}

describe('numbers a sentence gives', () => {
  it('warns, naming the sentence and the number as written, when no passage it cites gives it', () => {
    const { problems, kept } = check('The talks began.[1] They lasted eight hours.[1]');
    expect(problems).toEqual([
      'warning events[0] (e).summary: sentence 2 gives a number ("eight") that no passage it cites gives: "They lasted eight hours."; correct the sentence, or cite the passage that gives it',
    ]);
    expect(kept).toBe(true);
    expect(check('Some 150,000 troops were massed.[2]').problems[0]).toMatch(
      /sentence 1 gives a number \("150,000"\)/,
    );
  });

  it('reads the passages of that sentence only', () => {
    // Seven hours is in citation 1, not in citation 2, which is all this sentence cites.
    expect(check('They lasted seven hours.[2]').problems).toHaveLength(1);
    expect(check('They lasted seven hours.[2][1]').problems).toEqual([]);
  });

  it('takes figures and words for the same number, and any grouping of thousands', () => {
    expect(check('They lasted 7 hours.[1]').problems).toEqual([]);
    expect(check('Some 100 000 troops were there.[2]').problems).toEqual([]);
    expect(check('Some 100000 troops were there.[2]').problems).toEqual([]);
    expect(check('Ten rounds would not be enough.[4]').problems).toEqual([]);
    expect(check('2.5 days were set aside.[4]').problems).toEqual([]);
  });

  it('does not find a number inside a longer one, or a decimal’s part', () => {
    expect(check('Some 100 troops were there.[2]').problems).toHaveLength(1);
    expect(check('Some 1,000 troops were there.[2]').problems).toHaveLength(1);
    expect(check('5 days were set aside.[4]').problems).toHaveLength(1);
    expect(check('Two days were set aside.[4]').problems).toHaveLength(1);
  });

  it('accepts the event’s own date, its date note, and when the cited source was published', () => {
    expect(check('On 10 January 2022 the talks lasted seven hours.[1]').problems).toEqual([]);
    expect(
      check('On 9 January the talks were announced.[1]', { dateNote: 'Announced on 9 January.' })
        .problems,
    ).toEqual([]);
    expect(
      check(
        'The report of 3 January says the talks lasted seven hours.[1]',
        {},
        { published: '2022-01-03' },
      ).problems,
    ).toEqual([]);
    expect(check('The report of 3 January says so.[1]').problems).toHaveLength(1);
  });

  it('reads a year before the common era as a text writes it', () => {
    const ides = { start: '-0043-03-15' };
    expect(check('In 44 BCE the dictator was stabbed.[5]', ides).problems).toEqual([]);
    // The data's astronomical year (-0043) is not the year a text gives.
    expect(check('In 43 BCE the dictator was stabbed.[5]', ides).problems).toHaveLength(1);
    expect(check('In 45 BCE the dictator was stabbed.[5]', ides).problems).toHaveLength(1);
  });

  it('reads a passage in another language in its own number words', () => {
    const french = 'Les pourparlers ont duré huit heures, et dix-sept délégués y ont pris part.';
    const cite = (quote: string) => ({ citations: [{ source: 's', quote }] });
    const over = (summary: string, language?: string) =>
      check(summary, cite(french), { text: french, ...(language ? { language } : {}) }).problems;
    expect(over('The talks lasted eight hours.[1]', 'fr')).toEqual([]);
    expect(over('Seventeen delegates took part.[1]', 'fr-CH')).toEqual([]);
    // "dix-sept" is seventeen, not seven; a wrong count is still caught.
    expect(over('Seven delegates took part.[1]', 'fr')).toHaveLength(1);
    expect(over('The talks lasted nine hours.[1]', 'fr')).toHaveLength(1);
    // Without the source's language its words are not read.
    expect(over('The talks lasted eight hours.[1]')).toHaveLength(1);
    const russian = 'Переговоры продолжались восемь часов; пришли две делегации.';
    expect(
      check('They lasted eight hours, and two delegations came.[1]', cite(russian), {
        text: russian,
        language: 'ru',
      }).problems,
    ).toEqual([]);
  });

  it('leaves "one" as a word alone, and an uncited draft', () => {
    expect(check('It was one of the talks.[1]').problems).toEqual([]);
    expect(
      check('They lasted eight hours.', { status: 'uncited', citations: [] }).problems,
    ).toEqual([]);
  });
});

describe('words a sentence puts in quotation marks', () => {
  it('warns when no passage it cites has them word for word', () => {
    expect(check('Sherman called it “frank and constructive”.[3]').problems).toEqual([
      'warning events[0] (e).summary: sentence 1 quotes "frank and constructive", which no passage it cites has word for word; quote the passage as written, or drop the quotation marks',
    ]);
    expect(check('Sherman called it "frank and direct".[1]').problems).toHaveLength(1);
  });

  it('compares across case, white space, curly or straight marks and a shortened quotation', () => {
    expect(check('Sherman called it "Frank and  direct."[3]').problems).toEqual([]);
    expect(check('She found it «tense … useful».[3]').problems).toEqual([]);
    expect(check('She found it «tense … helpful».[3]').problems).toHaveLength(1);
  });
});
