import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../src/core';
import { SUMMARY_PATTERN, timelineJsonSchema } from '../../../src/core/model/jsonSchema';

const pattern = new RegExp(SUMMARY_PATTERN, 'u');
const text = 'The meeting began a little before 9 a.m. The talks lasted eight hours.';
/** Whether the validator finds any error in this summary (two citations to point at). */
const accepted = (summary: string) =>
  !validateTimeline(
    {
      title: 't',
      lanes: [{ id: 'd', label: 'D' }],
      sources: [{ id: 's', title: 'Talks', kind: 'article', text }],
      events: [
        {
          id: 'e',
          title: 'Talks',
          start: '2022-01-10',
          lane: 'd',
          summary,
          citations: [
            { source: 's', quote: 'The meeting began a little before 9 a.m.' },
            { source: 's', quote: 'The talks lasted eight hours.' },
          ],
        },
      ],
    },
    new Map(),
  ).problems.some((p) => p.severity === 'error');

describe('the JSON Schema pattern for summaries', () => {
  it('matches every summary the validator accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'Ab .!?"”[]12 \n'.split('')) }), (s) => {
        if (accepted(s)) expect(pattern.test(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const s of ['Talks began.[1]', 'He said: "No."[2] ', 'He said: “No.[1]”', '', '  '])
      expect(pattern.test(s), s).toBe(true);
  });

  it('rejects a summary whose last sentence has no marker', () => {
    for (const s of ['Talks began.', 'Talks began.[1] They went on.', 'Began[1].'])
      expect(pattern.test(s), s).toBe(false);
  });

  it('applies to every event but an uncited draft', () => {
    const schema = timelineJsonSchema() as {
      properties: { events: { items: Record<string, unknown> } };
    };
    const event = schema.properties.events.items;
    expect(event.if).toEqual({
      properties: { status: { const: 'uncited' } },
      required: ['status'],
    });
    // Every other event also has at least one citation.
    expect(event.else).toEqual({
      properties: { citations: { minItems: 1 }, summary: { pattern: SUMMARY_PATTERN } },
    });
  });
});
