import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTimeline, type TimelineData } from '../../../src/core';
import type { ImportResult } from '../../../src/core/interchange';

/** A dataset folder from disk: its JSON, its texts, and the validated timeline. */
export function loadDataset(dir: string) {
  const data = JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')) as TimelineData;
  const texts = new Map<string, string>();
  for (const s of data.sources)
    if (s.file && existsSync(join(dir, s.file)))
      texts.set(s.file, readFileSync(join(dir, s.file), 'utf8'));
  const result = validateTimeline(data, texts);
  return { data, texts, ...result };
}

/** `--sources DIR`: the text of source x is DIR/x.txt. */
export const textsIn = (dir: string) => (id: string) => {
  const f = join(dir, `${id}.txt`);
  return existsSync(f) ? readFileSync(f, 'utf8') : undefined;
};

/** An import's output, through the validator as `npm run validate` would see it. */
export function validateImport(r: ImportResult) {
  const v = validateTimeline(JSON.parse(JSON.stringify(r.data)), r.texts);
  return { ...v, errors: v.problems.filter((p) => p.severity === 'error') };
}

/** A Web Annotation selector as the JSON-LD export writes it (quote or position). */
export interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
