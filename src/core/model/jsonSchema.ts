import * as z from 'zod/mini';
import { eventSchema, timelineSchema } from './schema';

/**
 * The JSON Schema that ships beside the data, for editors. Kept out of the app bundle.
 * It is stricter than the runtime parse in two ways editors can show as you type: an
 * unknown field is flagged (the validator warns on it, with the closest known name), and
 * an event has citations unless its status is "uncited".
 */
export function timelineJsonSchema(): object {
  return z.toJSONSchema(timelineSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.type === 'object' && jsonSchema.properties)
        jsonSchema.additionalProperties = false;
      if (zodSchema === (eventSchema as unknown)) {
        jsonSchema.if = { properties: { status: { const: 'uncited' } }, required: ['status'] };
        jsonSchema.then = { properties: { citations: { maxItems: 0 } } };
        jsonSchema.else = { properties: { citations: { minItems: 1 } } };
      }
    },
  });
}
