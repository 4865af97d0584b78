import { Fragment, useMemo } from 'react';
import { claimParts, splitClaims, type ClaimPart } from '../core';
import { useI18n } from '../state';

/** A stretch of a sentence: plain text, or parts that must not break across lines. */
type Run =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'together'; readonly parts: ClaimPart[] };

/**
 * Keeps each run of markers on the line of the word before it (and of a closing quote mark
 * right after it): a marker alone at the start of a line reads as belonging to what follows.
 */
function keepTogether(parts: readonly ClaimPart[]): Run[] {
  const runs: Run[] = [];
  parts.forEach((part, k) => {
    const prev = runs[runs.length - 1];
    if (part.kind === 'marker') {
      if (prev?.kind === 'together') prev.parts.push(part);
      else runs.push({ kind: 'together', parts: [part] });
      return;
    }
    let text = part.text;
    const lead = prev?.kind === 'together' ? (/^\S+/.exec(text)?.[0] ?? '') : '';
    if (lead && prev?.kind === 'together') {
      prev.parts.push({ kind: 'text', text: lead });
      text = text.slice(lead.length);
    }
    if (!text) return;
    if (parts[k + 1]?.kind !== 'marker') return void runs.push({ kind: 'text', text });
    const word = /\S+$/.exec(text)?.[0] ?? '';
    const head = text.slice(0, text.length - word.length);
    if (head) runs.push({ kind: 'text', text: head });
    runs.push({ kind: 'together', parts: word ? [{ kind: 'text', text: word }] : [] });
  });
  return runs;
}

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
  const { t, n } = useI18n();
  const claims = useMemo(() => splitClaims(summary), [summary]);
  const renderPart = (part: ClaimPart, k: number) => {
    if (part.kind === 'text') return <Fragment key={k}>{part.text}</Fragment>;
    const source = sources[part.n - 1];
    // Only a draft the validator let through unchecked can point past its citations.
    if (source === undefined) return <Fragment key={k}>[{part.n}]</Fragment>;
    return (
      <sup key={k} className="marker">
        <button
          type="button"
          className="marker-button"
          aria-label={t('claim.marker', { n: part.n, source })}
          onClick={() => onMarker(part.n - 1)}
        >
          {n(part.n)}
        </button>
      </sup>
    );
  };
  return (
    <p className="summary" dir="auto">
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
            {keepTogether(claimParts(summary, claim)).map((run, k) =>
              run.kind === 'text' ? (
                <Fragment key={k}>{run.text}</Fragment>
              ) : (
                <span key={k} className="claim-end">
                  {run.parts.map(renderPart)}
                </span>
              ),
            )}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
