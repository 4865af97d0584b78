import { validateTimeline, type ValidationResult } from '../core';
// The build's dataset (data/, or the folder given to `npm run build -- --data DIR`): its JSON
// and its source texts, keyed by the `file` value sources use ("sources/NAME.txt").
import dataset from 'virtual:dt-dataset';

/** The embedded default dataset, through the same validation as any other. */
export const loadBundled = (): ValidationResult =>
  validateTimeline(dataset.raw, new Map(Object.entries(dataset.texts)));

/** The bundled dataset as files, for the curator's desk to edit: the JSON and its texts. */
export const bundledFiles = (): { raw: unknown; texts: ReadonlyMap<string, string> } => ({
  raw: dataset.raw,
  texts: new Map(Object.entries(dataset.texts)),
});
