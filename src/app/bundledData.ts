import { validateTimeline, type ValidationResult } from '../core';
import raw from '../../data/timeline.json';

// The bundled dataset's texts, keyed by the `file` value sources use ("sources/NAME.txt").
const files = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const texts = new Map(
  Object.entries(files).map(([path, text]) => [path.replace('../../data/', ''), text]),
);

/** The embedded default dataset, through the same validation as any other. */
export const loadBundled = (): ValidationResult => validateTimeline(raw, texts);

/** The bundled dataset as files, for the curator's desk to edit: the JSON and its texts. */
export const bundledFiles = (): { raw: unknown; texts: ReadonlyMap<string, string> } => ({
  raw,
  texts,
});
