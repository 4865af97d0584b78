import { useDeskI18n } from '../i18n/DeskI18n';
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
  const { t } = useDeskI18n();
  return (
    <section className="desk-citebar" aria-labelledby="desk-citebar-heading" aria-live="polite">
      <h3 id="desk-citebar-heading">{t('desk.citeHeading')}</h3>
      {!proposal || proposal.kind === 'empty' ? (
        <p className="desk-hint">{t('desk.citeHint')}</p>
      ) : proposal.kind === 'not-unique' ? (
        <p className="desk-hint">
          {t('desk.notUnique', { selected: proposal.selected, count: proposal.count })}
        </p>
      ) : (
        <>
          {proposal.widened && (
            <p className="desk-widened" data-testid="widened-note">
              {t('desk.widened', { selected: proposal.selected, count: proposal.selectedCount })}
            </p>
          )}
          <blockquote className="desk-proposal" data-testid="proposed-quote" dir="auto">
            {proposal.quote}
          </blockquote>
          <div className="desk-row">
            {eventTitle !== null && (
              <button type="button" onClick={onAddToEvent}>
                {eventTitle
                  ? t('desk.addToEventNamed', { title: eventTitle })
                  : t('desk.addToEvent')}
              </button>
            )}
            <button type="button" onClick={onNewEvent}>
              {t('desk.citeNew')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('desk.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
