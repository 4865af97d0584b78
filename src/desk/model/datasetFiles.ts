import { folderPath, parseJson, type Problem } from '../../core';
import type { Draft, DraftData } from './draft';

/** A dataset folder as files: path relative to the folder → text. */
export type DatasetFiles = Record<string, string>;

/** The JSON file's name in a folder the desk writes. */
export const DATASET_JSON = 'timeline.json';

/**
 * The draft as the files of a dataset folder: the JSON (2-space indented, as the bundled
 * data is, ending in a newline) and each source text where its `file` points (folderPath).
 * Texts no source names are left out.
 */
export function toFiles(d: Draft, jsonName = DATASET_JSON): DatasetFiles {
  const files: DatasetFiles = { [jsonName]: `${JSON.stringify(d.data, null, 2)}\n` };
  for (const s of d.data.sources) {
    if (!s.file || !(s.file in d.texts)) continue;
    const at = folderPath(s.file);
    if (at !== null) files[at] = d.texts[s.file]!;
  }
  return files;
}

export type FromFiles =
  { ok: true; draft: Draft; jsonName: string } | { ok: false; problem: Problem };

/**
 * A draft from a dataset folder's files: the JSON (timeline.json, or the only .json there
 * is) and the texts its sources name. Everything else in the folder is ignored.
 */
export function fromFiles(files: DatasetFiles): FromFiles {
  const names = Object.keys(files);
  const jsonName =
    names.find((n) => n === DATASET_JSON) ??
    names.filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json') && !n.includes('/'))[0];
  if (!jsonName)
    return {
      ok: false,
      problem: {
        severity: 'error',
        path: '(folder)',
        message: `no ${DATASET_JSON} in this folder`,
      },
    };
  const json = parseJson(files[jsonName]!, jsonName);
  if (!json.ok) return json;
  const data = json.value as DraftData;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      problem: { severity: 'error', path: jsonName, message: 'expected a timeline object' },
    };
  const texts: Record<string, string> = {};
  for (const s of Array.isArray(data.sources) ? data.sources : []) {
    const f = (s as { file?: unknown }).file;
    const at = typeof f === 'string' ? folderPath(f) : null;
    if (at !== null && at in files) texts[f as string] = files[at]!;
  }
  return {
    ok: true,
    jsonName,
    draft: {
      data: {
        ...data,
        lanes: Array.isArray(data.lanes) ? data.lanes : [],
        sources: Array.isArray(data.sources) ? data.sources : [],
        events: Array.isArray(data.events) ? data.events : [],
      },
      texts,
    },
  };
}
