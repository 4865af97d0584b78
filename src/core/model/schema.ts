import { z } from 'zod';

// No `new Function` probe or JIT: the app runs under a CSP without 'unsafe-eval', where even
// a caught probe is reported as a violation.
z.config({ jitless: true });

/**
 * The data contract, as one runtime schema. The TypeScript types and the JSON Schema
 * (`data/timeline.schema.json`, via `npm run schema`) are both derived from it.
 * Checks the schema cannot express (calendar dates, references, quotes) live in validate.ts.
 */

const id = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids are letters, digits, ".", "_" and "-"');

/** "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM±HH:MM"; its length is its precision. */
export const dateString = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?)?)?$/,
    'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+01:00',
  )
  .describe('A date whose length is its precision: 2021, 2021-12, 2022-01-10, 2022-01-10T08:55+01:00');

export const laneSchema = z.object({
  id,
  label: z.string().min(1),
  description: z.string().optional(),
});

export const actorSchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(['state', 'organization', 'person']),
});

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  kind: z.enum(['article', 'reference']),
  file: z.string().min(1).optional().describe('Text file, relative to the JSON file'),
  text: z.string().optional().describe('The source text inline, instead of file'),
  publisher: z.string().optional(),
  language: z.string().optional(),
  published: dateString.optional(),
  publishedNote: z.string().optional(),
  url: z.string().optional(),
});

export const citationSchema = z.object({
  source: id,
  quote: z.string().min(1).describe('An exact passage of the source text; only white space may differ'),
});

export const eventSchema = z.object({
  id,
  title: z.string().min(1),
  start: dateString,
  end: dateString.optional(),
  approximate: z.boolean().optional(),
  dateNote: z.string().optional(),
  lane: id,
  actors: z.array(id).optional(),
  summary: z.string(),
  citations: z.array(citationSchema).min(1),
  disputed: z.string().optional(),
  background: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
});

export const chapterSchema = z.object({
  id,
  label: z.string().min(1),
  start: dateString,
  end: dateString,
});

export const timelineSchema = z.object({
  $schema: z.string().optional(),
  title: z.string().min(1),
  description: z.string().optional(),
  lanes: z.array(laneSchema).min(1),
  actors: z.array(actorSchema).optional(),
  sources: z.array(sourceSchema),
  events: z.array(eventSchema),
  chapters: z.array(chapterSchema).optional().describe('Named windows of time the reader can jump to'),
  view: z
    .object({ start: dateString, end: dateString })
    .optional()
    .describe('The window shown first; otherwise the whole span'),
});

export type Chapter = z.infer<typeof chapterSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type TimelineEventData = z.infer<typeof eventSchema>;
export type TimelineData = z.infer<typeof timelineSchema>;

/** The JSON Schema that ships beside the data, for editors. */
export function timelineJsonSchema(): object {
  return z.toJSONSchema(timelineSchema, { target: 'draft-2020-12', io: 'input' });
}
