import { eventDateLabel } from '../core';
import { useTimelineStore } from '../state';

/** A polite live region that says what is selected. */
export function Announcer() {
  const text = useTimelineStore((s) => {
    const e = s.timeline?.events.find((x) => x.id === s.selectedId);
    return e ? `Selected: ${e.title}, ${eventDateLabel(e)}` : '';
  });
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
