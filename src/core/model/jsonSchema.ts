import * as z from 'zod/mini';
import { dateString, eventSchema, timelineSchema } from './schema';
import { DATE_DOC, FIELD_DOCS } from './schemaDocs';

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
  const out = z.toJSONSchema(timelineSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.type === 'object' && jsonSchema.properties)
        jsonSchema.additionalProperties = false;
      if ((zodSchema as unknown) === dateString) jsonSchema.description = DATE_DOC;
      if ((zodSchema as unknown) !== eventSchema) return;
      // Uncited drafts may have no citations and are exempt from the marker rule; every
      // other event has citations and a marked summary.
      jsonSchema.if = { properties: { status: { const: 'uncited' } }, required: ['status'] };
      jsonSchema.else = {
        properties: { citations: { minItems: 1 }, summary: { pattern: SUMMARY_PATTERN } },
      };
    },
  });
  for (const [path, doc] of Object.entries(FIELD_DOCS)) fieldAt(out, path).description = doc;
  return out;
}

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
}

/** The schema of a field by its path of names, through the items of lists; throws if none. */
function fieldAt(root: object, path: string): Node {
  let node = root as Node;
  for (const name of path.split('.')) {
    if (node.items) node = node.items;
    const next = node.properties?.[name];
    if (!next) throw new Error(`the JSON Schema has no field "${path}" (schemaDocs.ts)`);
    node = next;
  }
  return node;
}
