import { useI18n, useTimelineStore } from '../state';

/**
 * What a load is doing while the reader waits: a status line (announced once, politely) and,
 * while events are checked, a progress bar whose value screen readers can ask for.
 */
export function LoadProgress() {
  const { t, locale } = useI18n();
  const progress = useTimelineStore((s) => s.progress);
  if (!progress) return null;
  const checking = progress.phase === 'checking' && progress.total > 0;
  const label = checking ? t('load.checking', { count: progress.total }) : t('load.fetching');
  const share = checking ? Math.floor((100 * progress.done) / progress.total) : 0;
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(share / 100);
  return (
    <div className="load-progress">
      <p role="status">{label}</p>
      {checking && (
        <>
          <progress max={100} value={share} aria-label={label} aria-valuetext={percent}>
            {percent}
          </progress>
          <span className="load-percent" aria-hidden="true">
            {percent}
          </span>
        </>
      )}
    </div>
  );
}
