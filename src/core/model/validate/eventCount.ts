/** How many events a dataset's parsed JSON has (to cut it into shares): none if not a list. */
export const eventCount = (raw: unknown): number => {
  const events = (raw as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length : 0;
};
