import { parseDate } from '../../time/parseDate';
import { indexText, type IndexedText } from '../locateQuote';
import type { Source } from '../schema';
import type { SourceDoc } from '../timeline';
import { clip, label, type Problems } from './problems';

/** Source texts by the `file` value that names them; a missing entry means it could not be read. */
export type SourceTexts = ReadonlyMap<string, string>;

/** Each source with its text (inline or from its file), and an index of that text for quotes. */
export function resolveSources(sources: readonly Source[], texts: SourceTexts, problems: Problems) {
  const docs: SourceDoc[] = [];
  const indexed = new Map<string, IndexedText>();
  sources.forEach((s, i) => {
    const where = label('sources', i, s);
    let body: string | null = s.text ?? null;
    if (body === null && s.file !== undefined) {
      body = texts.get(s.file) ?? null;
      if (body === null)
        problems.push({
          severity: 'error',
          path: `${where}.file`,
          message: `could not read "${clip(s.file)}"${urlHint(s.file)}`,
        });
    }
    if (body === null && s.kind === 'article' && s.file === undefined) {
      problems.push({
        severity: 'error',
        path: where,
        message: 'an article needs its text: give "file" or "text"',
      });
    }
    const published = s.published === undefined ? null : parseDate(s.published);
    if (published && !published.ok) {
      problems.push({ severity: 'error', path: `${where}.published`, message: published.message });
    }
    docs.push({ ...s, body, publishedDate: published?.ok ? published.value : undefined });
    if (body !== null) indexed.set(s.id, indexText(body));
  });
  return { docs, indexed };
}

/**
 * Why a file that is there may not be read: `file` is resolved as a relative URL (so a dataset
 * can be hosted anywhere), where three characters of a file's name mean something else.
 */
function urlHint(file: string): string {
  const rename = 'or rename the file';
  if (file.includes('#'))
    return `; in a URL "#" ends the path (what follows is a fragment): write it "%23", ${rename}`;
  if (file.includes('?'))
    return `; in a URL "?" ends the path (what follows is a query): write it "%3F", ${rename}`;
  if (/%(?![0-9a-f]{2})/iu.test(file))
    return `; in a URL "%" starts an escape: write it "%25", ${rename}`;
  return '';
}
