import * as z from 'zod/mini';
import { eventSchema, timelineSchema } from './schema';

/**
 * What a JSON Schema pattern can say of the marker rule without the validator's sentence
 * splitter: a summary is blank or ends with a marker (closing quote marks and white space
 * may follow). Every summary the validator accepts matches it; the validator checks the rest.
 */
export const SUMMARY_PATTERN = '^\\s*$|\\[[0-9]+\\][\\s"\'”’»›)]*$';

/** The JSON Schema that ships beside the data, for editors. Kept out of the app bundle. */
export function timelineJsonSchema(): object {
  return z.toJSONSchema(timelineSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // Uncited drafts are exempt from the marker rule, so the pattern hangs on the event.
      if ((zodSchema as unknown) !== eventSchema) return;
      jsonSchema.if = { properties: { status: { const: 'uncited' } }, required: ['status'] };
      jsonSchema.else = { properties: { summary: { pattern: SUMMARY_PATTERN } } };
    },
  });
}
