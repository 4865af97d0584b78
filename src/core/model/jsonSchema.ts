import * as z from 'zod/mini';
import { timelineSchema } from './schema';

/** The JSON Schema that ships beside the data, for editors. Kept out of the app bundle. */
export function timelineJsonSchema(): object {
  return z.toJSONSchema(timelineSchema, { target: 'draft-2020-12', io: 'input' });
}
