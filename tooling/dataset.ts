/**
 * The dataset a build embeds as its default: `data/` unless DT_DATA names another folder
 * (or a timeline.json). Read once per build; the folder's files are what the site ships.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { folderPath } from '../src/core/model/sourceFile.ts';

export interface DatasetFiles {
  /** The folder holding timeline.json. */
  readonly dir: string;
  readonly jsonPath: string;
  /** The dataset as written (parsed JSON). */
  readonly raw: unknown;
  readonly title: string | null;
  /** Each source `file`, relative to the JSON, that exists: path → text. */
  readonly texts: ReadonlyMap<string, string>;
}

/** A folder (its timeline.json) or a JSON file, as an absolute path to the JSON. */
export function datasetJsonPath(path: string): string {
  const abs = resolve(path);
  return existsSync(abs) && statSync(abs).isDirectory() ? join(abs, 'timeline.json') : abs;
}

export function readDataset(path: string): DatasetFiles {
  const jsonPath = datasetJsonPath(path);
  // Without the byte-order mark an editor may put first, as a browser reads it.
  const read = (f: string) => readFileSync(f, 'utf8').replace(/^\uFEFF/u, '');
  const raw = JSON.parse(read(jsonPath)) as {
    title?: unknown;
    sources?: { file?: unknown }[];
  };
  const dir = dirname(jsonPath);
  const texts = new Map<string, string>();
  for (const s of Array.isArray(raw.sources) ? raw.sources : []) {
    if (typeof s?.file !== 'string') continue;
    const f = sourcePath(jsonPath, s.file);
    if (f && existsSync(f)) texts.set(s.file, read(f));
  }
  return { dir, jsonPath, raw, title: typeof raw.title === 'string' ? raw.title : null, texts };
}

/** DT_DATA, or the project's own data/. */
export const datasetDir = () => process.env.DT_DATA || 'data';
/** DT_OUT, or dist/. */
export const outDir = () => process.env.DT_OUT || 'dist';

/**
 * Where a source's `file` is on disk: resolved as the app resolves it, as a URL relative to
 * the JSON ("sources/notes%232.txt" is sources/notes#2.txt), so the build ships what the
 * browser will ask for. Null for a file outside the dataset's folder (it does not ship).
 */
export function sourcePath(jsonPath: string, file: string): string | null {
  const inside = folderPath(file);
  return inside === null ? null : join(dirname(jsonPath), inside);
}
