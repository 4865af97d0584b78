import { Fragment, useMemo } from 'react';
import { claimParts, splitClaims } from '../core';

/** This component's words, in one place (issue 13 moves them to catalogues). */
const STRINGS = {
  /** A marker's accessible name: its citation's number and source. */
  marker: (n: number, source: string) => `Citation ${n}: ${source}`,
};

interface Props {
  readonly summary: string;
  /** The source title of each citation, in order: a marker is named by its citation's. */
  readonly sources: readonly string[];
  /** Sentences to highlight (by index): the one under the pointer, or those a citation supports. */
  readonly lit: ReadonlySet<number>;
  /** The pointer or focus entered (a sentence's index) or left (null) a sentence. */
  readonly onSentence: (sentence: number | null) => void;
  /** A marker was pressed: the citation's index (from 0). */
  readonly onMarker: (citation: number) => void;
}

/**
 * A summary sentence by sentence, each followed by its markers as small numbered buttons
 * ("Citation 2: <source>") instead of the raw "[2]". Hovering or focusing a sentence reports
 * it, so the card can highlight the passages it rests on.
 */
export function ClaimSummary({ summary, sources, lit, onSentence, onMarker }: Props) {
  const claims = useMemo(() => splitClaims(summary), [summary]);
  return (
    <p className="summary">
      {claims.map((claim, i) => (
        <Fragment key={claim.start}>
          {i > 0 && ' '}
          <span
            className={lit.has(i) ? 'claim lit' : 'claim'}
            onMouseEnter={() => onSentence(i)}
            onMouseLeave={() => onSentence(null)}
            onFocus={() => onSentence(i)}
            onBlur={() => onSentence(null)}
          >
            {claimParts(summary, claim).map((part, k) => {
              if (part.kind === 'text') return <Fragment key={k}>{part.text}</Fragment>;
              const source = sources[part.n - 1];
              // Only a draft the validator let through unchecked can point past its citations.
              if (source === undefined) return <Fragment key={k}>[{part.n}]</Fragment>;
              return (
                <sup key={k} className="marker">
                  <button
                    type="button"
                    className="marker-button"
                    aria-label={STRINGS.marker(part.n, source)}
                    onClick={() => onMarker(part.n - 1)}
                  >
                    {part.n}
                  </button>
                </sup>
              );
            })}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
