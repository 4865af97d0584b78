/**
 * Compile-time checks of the shipped declarations (run by `npm run typecheck`): a host in
 * TypeScript, or in React, gets the element, its attributes and its events typed.
 */
import type { DiplomaticTimelineElement } from '../../src/embed/diplomatic-timeline';

export function plainHost(): string | undefined {
  const el = document.querySelector('diplomatic-timeline');
  const typed: DiplomaticTimelineElement | null = el;
  typed?.addEventListener('timeline-select', (e) => {
    const id: string | undefined = e.detail.event?.id;
    void id;
  });
  typed?.addEventListener('timeline-error', (e) => void e.detail.problems[0]?.path);
  if (typed) typed.data = { title: 't', lanes: [], sources: [], events: [] };
  return typed?.getAttribute('view') ?? undefined;
}

export function ReactHost() {
  return (
    <diplomatic-timeline
      src="data/timeline.json"
      view="2022-01-08/2022-01-14"
      theme="dark"
      ontimeline-select={(e) => void e.detail.event}
    />
  );
}

// @ts-expect-error: theme takes light, dark or auto only
export const wrongTheme = <diplomatic-timeline theme="sepia" />;
