import { useI18n, useTimelineStore } from '../state';

/** A polite live region that says what is selected. */
export function Announcer() {
  const { t, dates } = useI18n();
  const text = useTimelineStore((s) => {
    const e = s.selectedId ? s.timeline?.eventsById.get(s.selectedId) : undefined;
    return e ? t('announce.selected', { title: e.title, date: dates.event(e) }) : '';
  });
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
