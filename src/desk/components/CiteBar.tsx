import type { QuoteProposal } from '../model/widenQuote';

interface Props {
  readonly proposal: QuoteProposal | null;
  /** The event open in the editor, if any: the passage can go to it. */
  readonly eventTitle: string | null;
  readonly onNewEvent: () => void;
  readonly onAddToEvent: () => void;
  readonly onCancel: () => void;
}

/**
 * "Cite this passage": the quote the selection makes (whole words, widened until it is
 * found once), shown before it is accepted, and where it goes.
 */
export function CiteBar({ proposal, eventTitle, onNewEvent, onAddToEvent, onCancel }: Props) {
  return (
    <section className="desk-citebar" aria-labelledby="desk-citebar-heading" aria-live="polite">
      <h3 id="desk-citebar-heading">Cite this passage</h3>
      {!proposal || proposal.kind === 'empty' ? (
        <p className="desk-hint">
          Select a passage in the text below with the mouse, or focus the text and use Shift+arrow
          keys (Ctrl+Shift+arrows by word).
        </p>
      ) : proposal.kind === 'not-unique' ? (
        <p className="desk-hint">
          “{proposal.selected}” occurs {proposal.count} times and no longer passage around it is
          found only once.
        </p>
      ) : (
        <>
          {proposal.widened && (
            <p className="desk-widened" data-testid="widened-note">
              “{proposal.selected}” occurs {proposal.selectedCount} times in this source; widened
              word by word to a passage found once:
            </p>
          )}
          <blockquote className="desk-proposal" data-testid="proposed-quote">
            {proposal.quote}
          </blockquote>
          <div className="desk-row">
            {eventTitle !== null && (
              <button type="button" onClick={onAddToEvent}>
                Add to this event{eventTitle ? `: ${eventTitle}` : ''}
              </button>
            )}
            <button type="button" onClick={onNewEvent}>
              Cite in a new event
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
