import type { Ref } from 'react';
import type { LocatedCitation, SourceDoc } from '../core';
import { useI18n } from '../state';

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
  const i18n = useI18n();
  const { t } = i18n;
  // Each part its own isolate: a publisher's name in one script, the words around it in another.
  const meta = [
    source?.publisher,
    source?.language && t('citation.language', { language: i18n.language(source.language) }),
  ].filter((m): m is string => !!m);
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
        {i18n.n(n)}
      </span>
      <div className="citation-body">
        {/* The quote keeps its own direction (an English quote in an Arabic page). */}
        <blockquote className={verbatim ? 'quote' : 'quote reference'} dir="auto">
          {verbatim ? t('quote.marks', { quote: citation.quote }) : citation.quote}
        </blockquote>
        <div className="citation-meta">
          <cite dir="auto">{source?.title ?? citation.source}</cite>
          {meta.map((m) => (
            <span key={m} className="meta">
              {' · '}
              <bdi>{m}</bdi>
            </span>
          ))}
          {verbatim ? (
            <button type="button" className="link" onClick={onOpen}>
              {t('citation.open')}
            </button>
          ) : (
            <span className="meta"> · {t('citation.reference')}</span>
          )}
        </div>
      </div>
    </li>
  );
}
