import type { Source } from './schema';
import type { LocatedCitation } from './timeline';

/**
 * What a citation's passage is, and so how every view and export must present it:
 * - `quote`: words of an article, found in its text: shown in quotation marks;
 * - `summary`: words of a reference's text, which is the curator's own statement of what the
 *   record says: never shown as a quotation of the record, always labelled as the summary;
 * - `paraphrase`: a reference with no text: the curator's words, with nothing to check them by.
 * Decided by the source's kind alone, for any dataset: no id, no wording of the text.
 */
export type CitationForm = 'quote' | 'summary' | 'paraphrase';

export function citationForm(
  citation: Pick<LocatedCitation, 'range'>,
  source: Pick<Source, 'kind'> | undefined,
): CitationForm {
  if (citation.range === null) return 'paraphrase';
  return source?.kind === 'reference' ? 'summary' : 'quote';
}
