import type { Ref } from 'react';
import { languageName, type LocatedCitation, type SourceDoc } from '../core';

/** This component's words, in one place (issue 13 moves them to catalogues). */
const STRINGS = {
  language: (language: string) => `original language: ${language}`,
  open: 'Show in source',
  reference: ' · reference work, paraphrased: no text here to check against',
};

interface Props {
  readonly citation: LocatedCitation;
  readonly source: SourceDoc | undefined;
  /** Its number in the event's citations (from 1), as the summary's markers give it. */
  readonly n: number;
  /** A sentence it supports is under the pointer or focus. */
  readonly lit: boolean;
  /** A marker sent the reader here. */
  readonly target: boolean;
  readonly onOpen: () => void;
  /** The pointer entered or left it (to light the sentences resting on it). */
  readonly onHover: (over: boolean) => void;
  /** Focus left it (and everything in it). */
  readonly onLeave: () => void;
  readonly ref?: Ref<HTMLLIElement>;
}

/** A quote with its source's title, publisher and language; opens the reader at the passage. */
export function CitationItem({
  citation,
  source,
  n,
  lit,
  target,
  onOpen,
  onHover,
  onLeave,
  ref,
}: Props) {
  const meta = [
    source?.publisher,
    source?.language && STRINGS.language(languageName(source.language)),
  ]
    .filter(Boolean)
    .join(' · ');
  const verbatim = citation.range !== null;
  return (
    <li
      ref={ref}
      className={`citation${lit ? ' lit' : ''}${target ? ' target' : ''}`}
      tabIndex={-1}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave();
      }}
    >
      <span className="citation-n" aria-hidden="true">
        {n}
      </span>
      <div className="citation-body">
        <blockquote className={verbatim ? 'quote' : 'quote reference'}>
          {verbatim ? `“${citation.quote}”` : citation.quote}
        </blockquote>
        <div className="citation-meta">
          <cite>{source?.title ?? citation.source}</cite>
          {meta && <span className="meta"> · {meta}</span>}
          {verbatim ? (
            <button type="button" className="link" onClick={onOpen}>
              {STRINGS.open}
            </button>
          ) : (
            <span className="meta">{STRINGS.reference}</span>
          )}
        </div>
      </div>
    </li>
  );
}
