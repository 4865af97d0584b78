// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { reviewDoc, reviewHtml, reviewMarkdown, validateTimeline } from '../../../src/core';
import { referenceTimeline } from '../../fixtures/references';

const text =
  'The meeting began a little before 9 a.m. at the U.S. mission. The talks lasted eight hours. ' +
  'Riabkov said Russia would make no concessions.';
const data = (events: object[], extra: object = {}) => ({
  title: 'Geneva <day>',
  lanes: [{ id: 'dialogue', label: 'Bilateral dialogue' }],
  actors: [
    {
      id: 'ryabkov',
      name: 'Sergei Ryabkov',
      kind: 'person',
      office: 'Deputy Foreign Minister',
      aliases: ['Riabkov'],
    },
  ],
  sources: [
    { id: 'lm', title: 'Talks open in Geneva', kind: 'article', text, publisher: 'Le Monde' },
    { id: 'ref', title: 'Treaty record', kind: 'reference', publisher: 'State Department' },
  ],
  events,
  ...extra,
});
const talks = {
  id: 'talks',
  title: 'Talks in Geneva',
  start: '2022-01-10T08:55+01:00',
  approximate: true,
  dateNote: '"a little before 9 a.m." local time on Monday 10 January.',
  lane: 'dialogue',
  actors: ['ryabkov'],
  summary:
    'The talks began before 9 a.m. at the U.S. mission and lasted eight hours.[1][2] ' +
    'Ryabkov said Russia would make *no* concessions.[3]',
  citations: [
    { source: 'lm', quote: 'The meeting began a little\n before 9 a.m.' },
    { source: 'lm', quote: 'The talks lasted eight hours.' },
    { source: 'lm', quote: 'Riabkov said Russia would make no concessions.' },
  ],
  disputed: 'The headline says "summit"; the leaders did not attend.',
};
const signed = {
  id: 'signed',
  title: 'Treaty signed',
  start: '1987-12-08',
  lane: 'dialogue',
  background: true,
  summary: 'The treaty was signed.[1]',
  citations: [
    { source: 'ref', quote: 'Signed on 8 December 1987.' },
    { source: 'lm', quote: 'The talks lasted eight hours.' },
  ],
};

function sheet(events: object[] = [talks, signed]) {
  const { timeline, problems } = validateTimeline(data(events), new Map());
  const doc = reviewDoc(timeline, problems, 'data/timeline.json');
  return { doc, md: reviewMarkdown(doc), html: reviewHtml(doc) };
}

describe('the review sheet', () => {
  it('gives each sentence the passages its markers name, in their order, beneath it', () => {
    const { doc } = sheet();
    const e = doc.events.find((x) => x.id === 'talks')!;
    expect(e.claims.map((c) => [c.text, c.passages.map((p) => p.n)])).toEqual([
      ['The talks began before 9 a.m. at the U.S. mission and lasted eight hours.', [1, 2]],
      ['Ryabkov said Russia would make *no* concessions.', [3]],
    ]);
    // Quotes as one line: a source's line breaks are white space.
    expect(e.claims[0]!.passages[0]!.quote).toBe('The meeting began a little before 9 a.m.');
    expect(e.actors).toEqual(['Sergei Ryabkov (Deputy Foreign Minister)']);
  });

  it('writes Markdown an editor reads top to bottom: date and note, sentences with passages, disagreement', () => {
    const { md } = sheet();
    const at = (s: string) => {
      const i = md.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at('## 2. Talks in Geneva'),
      at('**Date:** 10 January 2022, 08:55 UTC+01:00 (approx.) (`2022-01-10T08:55+01:00`)'),
      at(
        '**How the date was resolved:** "a little before 9 a.m." local time on Monday 10 January.',
      ),
      at(
        '- [ ] The talks began before 9 a.m. at the U.S. mission and lasted eight hours. \\[1\\]\\[2\\]',
      ),
      at(
        '  > **\\[1\\]** “The meeting began a little before 9 a.m.”  \n  > — *Talks open in Geneva, Le Monde*',
      ),
      at('  > **\\[2\\]** “The talks lasted eight hours.”'),
      at('- [ ] Ryabkov said Russia would make \\*no\\* concessions. \\[3\\]'),
      at('**Reports differ:** The headline says "summit"; the leaders did not attend.'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(md).toContain('# Review sheet: Geneva \\<day\\>');
  });

  it('marks a reference record as paraphrased, and lists a citation no sentence uses', () => {
    const { md } = sheet();
    expect(md).toContain(
      '  > **\\[1\\]** Signed on 8 December 1987.  \n  > — *Treaty record, State Department* (reference record, paraphrased',
    );
    expect(md).toContain(
      '**Cited by no sentence:**\n\n> **\\[2\\]** “The talks lasted eight hours.”',
    );
  });

  it('lists the validator’s problems first, since events with errors are missing from it', () => {
    const { md, doc } = sheet([{ ...talks, summary: 'Unmarked.' }, signed]);
    expect(doc.events.map((e) => e.id)).toEqual(['signed']);
    expect(md).toMatch(
      /## Problems the validator found\n\nEvents with an error are left out of this sheet until they are fixed\.\n\n- error: events\\\[0\\\] \(talks\)\.summary: sentence 1 has no citation marker/,
    );
  });

  it('never lets data become markup, in Markdown or HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"> [link](javascript:x) *b* `c` | d & e';
    const { md, html } = sheet([
      { ...talks, title: hostile, summary: `${hostile}.[1]`, disputed: hostile },
    ]);
    // Every character Markdown would read as markup is escaped, wherever data appears.
    const escaped =
      '\\<img src=x onerror="alert(1)"\\> \\[link\\](javascript:x) \\*b\\* \\`c\\` \\| d \\& e';
    expect(md.split(escaped)).toHaveLength(4);
    expect(md.replaceAll(escaped, '')).not.toMatch(/<img|javascript|\*b\*/);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelectorAll('img, a, script')).toHaveLength(0);
    expect(page.querySelector('section h2')!.textContent).toBe(`1. ${hostile}`);
    expect(page.querySelector('.claims label')!.textContent).toBe(`${hostile}.[1]`);
  });

  it('gives an HTML page with a box to tick per sentence and its passages beneath', () => {
    const { html } = sheet();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const section = page.getElementById('talks')!;
    const items = [...section.querySelectorAll('.claims > li')];
    expect(items.map((li) => li.querySelectorAll('input[type=checkbox]').length)).toEqual([1, 1]);
    expect(
      items.map((li) => [...li.querySelectorAll('blockquote .n')].map((n) => n.textContent)),
    ).toEqual([['[1]', '[2]'], ['[3]']]);
    expect(page.title).toBe('Review sheet: Geneva <day>');
  });
});

describe('the review sheet, on a reference record with the curator’s summary as its text', () => {
  const doc = reviewDoc(referenceTimeline(), [], 'harbour/timeline.json');
  const md = reviewMarkdown(doc);
  const page = new DOMParser().parseFromString(reviewHtml(doc), 'text/html');

  it('says in Markdown the passage is the curator’s summary, and quotes only the article', () => {
    expect(md).toContain(
      '  > **\\[1\\]** “The schooner Alba docked at noon.”  \n  > — *The Morning Courier*\n',
    );
    expect(md).toContain(
      '  > **\\[2\\]** *Curator’s summary of the record:* arriving on 3 May 1850 with a cargo of salt from Cádiz  \n' +
        '  > — *Register of arrivals, 1850, Port Authority* (not a quotation: check the summary against the record itself)',
    );
    // No passage of the register is in quotation marks, anywhere in the sheet.
    for (const q of [
      'arriving on 3 May 1850 with a cargo of salt from Cádiz',
      'It records no duty paid.',
    ])
      expect(md).not.toMatch(new RegExp(`“[^”]*${q}`));
  });

  it('sets in HTML only the article’s words as a quotation', () => {
    const docks = page.getElementById('alba-docks')!;
    expect([...docks.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual([
      '[1]“The schooner Alba docked at noon.”— The Morning Courier',
    ]);
    const summaries = [...docks.querySelectorAll('.passage.summary')];
    expect(summaries.map((s) => s.querySelector('em')!.textContent)).toEqual([
      'Curator’s summary of the record:',
      'Curator’s summary of the record:',
    ]);
    expect(summaries.map((s) => s.textContent)).toEqual([
      '[2]Curator’s summary of the record: arriving on 3 May 1850 with a cargo of salt from Cádiz— Register of arrivals, 1850, Port Authority (not a quotation: check the summary against the record itself)',
      '[3]Curator’s summary of the record: It records no duty paid.— Register of arrivals, 1850, Port Authority (not a quotation: check the summary against the record itself)',
    ]);
  });
});
