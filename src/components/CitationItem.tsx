import { languageName, type LocatedCitation, type SourceDoc } from '../core';

interface Props {
  readonly citation: LocatedCitation;
  readonly source: SourceDoc | undefined;
  readonly onOpen: () => void;
}

/** A quote with its source's title, publisher and language; opens the reader at the passage. */
export function CitationItem({ citation, source, onOpen }: Props) {
  const meta = [
    source?.publisher,
    source?.language && `original language: ${languageName(source.language)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const verbatim = citation.range !== null;
  return (
    <li className="citation">
      <blockquote className={verbatim ? 'quote' : 'quote reference'}>
        {verbatim ? `“${citation.quote}”` : citation.quote}
      </blockquote>
      <div className="citation-meta">
        <cite>{source?.title ?? citation.source}</cite>
        {meta && <span className="meta"> · {meta}</span>}
        {verbatim ? (
          <button type="button" className="link" onClick={onOpen}>
            Show in source
          </button>
        ) : (
          <span className="meta">
            {' '}
            · reference work, paraphrased: no text here to check against
          </span>
        )}
      </div>
    </li>
  );
}
