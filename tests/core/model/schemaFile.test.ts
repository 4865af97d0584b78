import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema } from '../../../src/core/model/jsonSchema';
import { schemaFileText } from '../../../scripts/schemaFileText';

describe('data/timeline.schema.json', () => {
  it('is what `npm run schema` writes now (run it after changing the schema)', () => {
    expect(readFileSync('data/timeline.schema.json', 'utf8')).toBe(
      schemaFileText(timelineJsonSchema()),
    );
  });
});
