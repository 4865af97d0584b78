import type { Ref } from 'react';
import { citationForm, type LocatedCitation, type SourceDoc } from '../core';
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

/**
 * A quote with its source's title, publisher and language; opens the reader at the passage.
 * A reference's passage is the curator's summary of the record, not the record's words: it
 * is said to be so before it is read, and never set in quotation marks or as a blockquote.
 */
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
  const form = citationForm(citation, source);
  return (
    <li
      ref={ref}
      className={`citation citation--${form}${lit ? ' lit' : ''}${target ? ' target' : ''}`}
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
        {form === 'summary' && <p className="citation-kind">{t('citation.summary')}</p>}
        {/* The passage keeps its own direction (an English quote in an Arabic page). */}
        {form === 'quote' ? (
          <blockquote className="quote" dir="auto">
            {t('quote.marks', { quote: citation.quote })}
          </blockquote>
        ) : (
          <p className={`quote ${form === 'summary' ? 'summary' : 'reference'}`} dir="auto">
            {citation.quote}
          </p>
        )}
        <div className="citation-meta">
          <cite dir="auto">{source?.title ?? citation.source}</cite>
          {meta.map((m) => (
            <span key={m} className="meta">
              {' · '}
              <bdi>{m}</bdi>
            </span>
          ))}
          {form === 'paraphrase' ? (
            <span className="meta"> · {t('citation.reference')}</span>
          ) : (
            <button type="button" className="link" onClick={onOpen}>
              {t(form === 'summary' ? 'citation.openSummary' : 'citation.open')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
