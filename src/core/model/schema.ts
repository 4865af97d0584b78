import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isCssColor } from '../color/cssColor';

// English messages; and no `new Function` probe or JIT: the app runs under a CSP without
// 'unsafe-eval', where even a caught probe is reported as a violation.
z.config({ ...en(), jitless: true });

/**
 * The data contract, as one runtime schema (zod/mini, which tree-shakes to a few KB). The
 * TypeScript types and the JSON Schema (`data/timeline.schema.json`, via `npm run schema`)
 * are both derived from it. Checks it cannot express (calendar dates, references, quotes)
 * live in validate.ts.
 */

const id = z
  .string()
  .check(
    z.minLength(1),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids are letters, digits, ".", "_" and "-"'),
  );
const text = z.string().check(z.minLength(1));

/**
 * "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM±HH:MM"; its length is its precision.
 * Years are ISO 8601 / EDTF: at least four digits, astronomical before the common era.
 */
export const dateString = z
  .string()
  .check(
    z.regex(
      /^(-?\d{4}|[+-]\d{5,6})(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?)?)?$/,
      'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+01:00',
    ),
  );

export const laneSchema = z.object({
  id,
  label: text,
  description: z.optional(z.string()),
  color: z.optional(
    z
      .string()
      .check(
        z.refine(
          isCssColor,
          'expected a CSS colour: a name, #rrggbb, rgb()/hsl()/oklch()…, or light-dark(A, B)',
        ),
      ),
  ),
});

export const actorSchema = z.object({
  id,
  name: text,
  kind: z.enum(['state', 'organization', 'person']),
  office: z.optional(text),
  aliases: z.optional(z.array(text)),
});

export const sourceSchema = z.object({
  id,
  title: text,
  kind: z.enum(['article', 'reference']),
  file: z.optional(text),
  text: z.optional(z.string()),
  publisher: z.optional(z.string()),
  language: z.optional(z.string()),
  published: z.optional(dateString),
  publishedNote: z.optional(z.string()),
  url: z.optional(z.string()),
});

export const citationSchema = z.object({
  source: id,
  quote: text,
});

export const mediaSchema = z.object({
  url: text,
  credit: z.optional(z.string()),
  caption: z.optional(z.string()),
  thumbnail: z.optional(z.string()),
});

/** What a summary's sentences must end with; shared by the validator's messages and the docs. */
export const SUMMARY_RULE =
  'Each sentence ends with the markers [n] of the citations it rests on, 1-based, after its closing punctuation: "Talks began.[1] Russia asked for guarantees.[1][2]". ' +
  'A sentence ends at ".", "!" or "?" followed by white space and a capital or a quote mark, or at the end; abbreviations ("U.S.", "a.m.", "Mr.", an initial) do not end one. ' +
  'Events with "status": "uncited" are exempt.';

export const summarySchema = z.string().check(z.describe(SUMMARY_RULE));

export const eventSchema = z.object({
  id,
  title: text,
  start: dateString,
  end: z.optional(dateString),
  approximate: z.optional(z.boolean()),
  dateNote: z.optional(z.string()),
  lane: id,
  actors: z.optional(z.array(id)),
  summary: summarySchema,
  citations: z.array(citationSchema),
  disputed: z.optional(z.string()),
  background: z.optional(z.boolean()),
  status: z.optional(z.enum(['uncited'])),
  unverified: z.optional(z.array(z.object({ source: z.string(), quote: z.string() }))),
  media: z.optional(mediaSchema),
  tags: z.optional(z.array(z.string())),
});

export const chapterSchema = z.object({
  id,
  label: text,
  start: dateString,
  end: dateString,
});

export const timelineSchema = z.object({
  $schema: z.optional(z.string()),
  title: text,
  description: z.optional(z.string()),
  lanes: z.array(laneSchema).check(z.minLength(1)),
  actors: z.optional(z.array(actorSchema)),
  sources: z.array(sourceSchema),
  events: z.array(eventSchema),
  chapters: z.optional(z.array(chapterSchema)),
  view: z.optional(z.object({ start: dateString, end: dateString })),
});

export type Chapter = z.infer<typeof chapterSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type TimelineEventData = z.infer<typeof eventSchema>;
export type TimelineData = z.infer<typeof timelineSchema>;
