import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DatasetFiles } from '../model/datasetFiles';

/**
 * A dataset folder as a .zip: `NAME/timeline.json` and `NAME/sources/*.txt`, so unzipping
 * gives a folder that `npm run validate NAME/timeline.json` reads unchanged.
 */
export function zipDataset(files: DatasetFiles, folder: string): Uint8Array {
  const tree: Zippable = {};
  for (const [path, text] of Object.entries(files)) tree[`${folder}/${path}`] = strToU8(text);
  return zipSync(tree, { level: 6, mtime: new Date(2000, 0, 1) });
}

/**
 * A dataset's files from a .zip: the folder holding the JSON becomes the root (a zip made
 * by zipDataset has one folder at the top; one zipped from inside the folder has none).
 */
export function unzipDataset(bytes: Uint8Array): DatasetFiles {
  const raw = unzipSync(bytes);
  const paths = Object.keys(raw).filter((p) => !p.endsWith('/') && !p.startsWith('__MACOSX/'));
  const json = paths
    .filter((p) => p.endsWith('.json') && !p.endsWith('.schema.json'))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  const root = json && json.includes('/') ? json.slice(0, json.lastIndexOf('/') + 1) : '';
  const out: DatasetFiles = {};
  for (const p of paths) if (p.startsWith(root)) out[p.slice(root.length)] = strFromU8(raw[p]!);
  return out;
}
