import * as z from 'zod/mini';
import { eventSchema, timelineSchema } from './schema';

/**
 * What a JSON Schema pattern can say of the marker rule without the validator's sentence
 * splitter: a summary is blank or ends with a marker (closing quote marks and white space
 * may follow). Every summary the validator accepts matches it; the validator checks the rest.
 */
export const SUMMARY_PATTERN = '^\\s*$|\\[[0-9]+\\][\\s"\'”’»›)]*$';

/**
 * The JSON Schema that ships beside the data, for editors. Kept out of the app bundle.
 * It is stricter than the runtime parse in ways editors can show as you type: an unknown
 * field is flagged (the validator warns on it, with the closest known name), and an event
 * has citations and a marked summary unless its status is "uncited".
 */
export function timelineJsonSchema(): object {
  return z.toJSONSchema(timelineSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.type === 'object' && jsonSchema.properties)
        jsonSchema.additionalProperties = false;
      if ((zodSchema as unknown) !== eventSchema) return;
      // Uncited drafts may have no citations and are exempt from the marker rule; every
      // other event has citations and a marked summary.
      jsonSchema.if = { properties: { status: { const: 'uncited' } }, required: ['status'] };
      jsonSchema.else = {
        properties: { citations: { minItems: 1 }, summary: { pattern: SUMMARY_PATTERN } },
      };
    },
  });
}
