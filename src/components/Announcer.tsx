import { eventDateLabel } from '../core';
import { useTimelineStore } from '../state';

/** A polite live region that says what is selected. */
export function Announcer() {
  const text = useTimelineStore((s) => {
    const e = s.selectedId ? s.timeline?.eventsById.get(s.selectedId) : undefined;
    return e ? `Selected: ${e.title}, ${eventDateLabel(e)}` : '';
  });
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
