/** npm run schema: writes data/timeline.schema.json from the runtime schema. */
import { writeFile } from 'node:fs/promises';
import { timelineJsonSchema } from '../src/core/model/jsonSchema';
import { schemaFileText } from './schemaFileText';

await writeFile('data/timeline.schema.json', schemaFileText(timelineJsonSchema()));
console.log('wrote data/timeline.schema.json');
