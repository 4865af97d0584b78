/** Imports a file in whichever format it is, known from its name and its first line. */
import { parseJson } from '../model/parseJson';
import type { AssembleOptions, ImportResult } from './assemble';
import { ImportError, importCsv, parseCsvRows } from './csv';
import { importTimelineJs, type TljsImportOptions } from './timelinejs';
import { importTimelineJsSheet, isTimelineJsSheetHeader } from './timelinejsSheet';

export type ImportFormat = 'csv' | 'timelinejs' | 'timelinejs-sheet';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: 'CSV (one row per citation)',
  timelinejs: 'TimelineJS JSON',
  'timelinejs-sheet': 'TimelineJS sheet (CSV)',
};

/** The format of a file: JSON is TimelineJS's; a CSV is the TimelineJS sheet or ours by its header. */
export function detectFormat(name: string, text: string): ImportFormat {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.json$/i.test(name) || body.startsWith('{')) return 'timelinejs';
  if (/\.(csv|txt)$/i.test(name) || body.includes(',')) {
    const header = parseCsvRows(body.split(/\r?\n/, 1)[0] ?? '')[0] ?? [];
    return isTimelineJsSheetHeader(header) ? 'timelinejs-sheet' : 'csv';
  }
  throw new ImportError(`cannot tell the format of "${name}": give a .json or .csv file`);
}

/** Reads a file of any import format into a dataset; throws ImportError when it cannot. */
export function importFile(
  name: string,
  text: string,
  opts: AssembleOptions & TljsImportOptions,
): ImportResult & { format: ImportFormat } {
  const format = detectFormat(name, text);
  if (format === 'timelinejs') {
    const json = parseJson(text.replace(/^\uFEFF/, ''), name);
    if (!json.ok) throw new ImportError(json.problem.message);
    const v = json.value as Record<string, unknown> | null;
    if (v && typeof v === 'object' && Array.isArray(v.lanes) && Array.isArray(v.sources))
      throw new ImportError(
        'this is already a diplomatic-timeline dataset: check it with npm run validate',
      );
    return { ...importTimelineJs(json.value, opts), format };
  }
  if (format === 'timelinejs-sheet') return { ...importTimelineJsSheet(text, opts), format };
  return { ...importCsv(text, opts), format };
}
