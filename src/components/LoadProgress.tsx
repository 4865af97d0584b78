import { useTimelineStore } from '../state';

const count = new Intl.NumberFormat('en');

/**
 * What a load is doing while the reader waits: a status line (announced once, politely) and,
 * while events are checked, a progress bar whose value screen readers can ask for.
 */
export function LoadProgress() {
  const progress = useTimelineStore((s) => s.progress);
  if (!progress) return null;
  const checking = progress.phase === 'checking' && progress.total > 0;
  const label = checking ? `Checking ${count.format(progress.total)} events…` : 'Loading the data…';
  const percent = checking ? Math.floor((100 * progress.done) / progress.total) : 0;
  return (
    <div className="load-progress">
      <p role="status">{label}</p>
      {checking && (
        <>
          <progress max={100} value={percent} aria-label={label} aria-valuetext={`${percent}%`}>
            {percent}%
          </progress>
          <span className="load-percent" aria-hidden="true">
            {percent}%
          </span>
        </>
      )}
    </div>
  );
}
