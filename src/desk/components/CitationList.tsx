import type { Problem } from '../../core';
import type { DraftData, DraftEvent } from '../model/draft';
import { messagesFor } from '../model/fieldProblems';
import { useI18n } from '../../state';
import { useDeskI18n } from '../i18n/DeskI18n';
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
  const { t } = useDeskI18n();
  const reader = useI18n();
  if (event.citations.length === 0) return <p className="desk-hint">{t('desk.noCitations')}</p>;
  return (
    <ol className="desk-citations">
      {event.citations.map((c, i) => {
        const source = data.sources.find((s) => s.id === c.source);
        const problems = messagesFor(byField, `.citations[${i}]`);
        return (
          <li key={i} className={problems.some((p) => p.severity === 'error') ? 'has-error' : ''}>
            {/* A reference's passage is the curator's own summary: never dressed as a quote. */}
            {source?.kind === 'reference' ? (
              <>
                <p className="citation-kind">{reader.t('citation.summary')}</p>
                <p className="desk-cite-summary" dir="auto">
                  {c.quote}
                </p>
              </>
            ) : (
              <blockquote dir="auto">{reader.t('quote.marks', { quote: c.quote })}</blockquote>
            )}
            <p className="desk-cite-source">
              — <bdi>{source?.title ?? c.source}</bdi>
            </p>
            <div className="desk-cite-actions">
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onMarker(i + 1)}
                aria-label={t('desk.insertMarker', { n: i + 1 })}
              >
                {t('desk.insert', { n: i + 1 })}
              </button>
              <button type="button" onClick={() => onShow(i)}>
                {t('desk.showInSource')}
              </button>
              <button
                type="button"
                onClick={() => onRemove(i)}
                aria-label={t('desk.removeCitation', { n: i + 1 })}
              >
                {t('desk.remove')}
              </button>
            </div>
            {problems.length > 0 && <Messages problems={problems} />}
          </li>
        );
      })}
    </ol>
  );
}
