import type { Problem } from '../../core';
import type { DraftData, DraftEvent } from '../model/draft';
import { messagesFor } from '../model/fieldProblems';
import { Messages } from './Field';

interface Props {
  readonly event: DraftEvent;
  readonly data: DraftData;
  readonly byField: ReadonlyMap<string, Problem[]>;
  /** Puts citation n's marker into the summary at the caret. */
  readonly onMarker: (n: number) => void;
  readonly onRemove: (index: number) => void;
  readonly onShow: (index: number) => void;
}

/** The event's citations: each quote, its source, and buttons to mark a claim with it. */
export function CitationList({ event, data, byField, onMarker, onRemove, onShow }: Props) {
  if (event.citations.length === 0)
    return (
      <p className="desk-hint">
        No citations yet: open a source, select a passage and choose “Add to this event”.
      </p>
    );
  return (
    <ol className="desk-citations">
      {event.citations.map((c, i) => {
        const source = data.sources.find((s) => s.id === c.source);
        const problems = messagesFor(byField, `.citations[${i}]`);
        return (
          <li key={i} className={problems.some((p) => p.severity === 'error') ? 'has-error' : ''}>
            <blockquote>“{c.quote}”</blockquote>
            <p className="desk-cite-source">— {source?.title ?? c.source}</p>
            <div className="desk-cite-actions">
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onMarker(i + 1)}
                aria-label={`Insert [${i + 1}] into the summary at the caret`}
              >
                Insert [{i + 1}]
              </button>
              <button type="button" onClick={() => onShow(i)}>
                Show in source
              </button>
              <button
                type="button"
                onClick={() => onRemove(i)}
                aria-label={`Remove citation ${i + 1}`}
              >
                Remove
              </button>
            </div>
            {problems.length > 0 && <Messages problems={problems} />}
          </li>
        );
      })}
    </ol>
  );
}
