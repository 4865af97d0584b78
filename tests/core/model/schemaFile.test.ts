import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
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

describe('the JSON Schema, as an editor applies it (ajv, draft 2020-12)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(JSON.parse(readFileSync('data/timeline.schema.json', 'utf8')));
  const dataset = () =>
    JSON.parse(readFileSync('tests/fixtures/valid/timeline.json', 'utf8')) as {
      events: Record<string, unknown>[];
    };

  it('accepts the datasets we ship', () => {
    for (const f of ['data/timeline.json', 'examples/data/geneva-day/timeline.json']) {
      expect(check(JSON.parse(readFileSync(f, 'utf8'))), JSON.stringify(check.errors)).toBe(true);
    }
  });

  it('flags a misspelt field where it is', () => {
    const d = dataset();
    d.events[0]!.lanee = d.events[0]!.lane;
    expect(check(d)).toBe(false);
    expect(check.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/events/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'lanee' },
      }),
    );
  });

  it('takes an event with no citations only when it is marked uncited', () => {
    const d = dataset();
    d.events[0]!.citations = [];
    expect(check(d)).toBe(false);
    d.events[0]!.status = 'uncited';
    expect(check(d), JSON.stringify(check.errors)).toBe(true);
  });
});
