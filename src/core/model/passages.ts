import type { Timeline } from './timeline';

/** One cited passage of a source: which event cites it, and where it is. */
export interface Passage {
  readonly eventId: string;
  readonly citation: number;
  readonly start: number;
  readonly end: number;
}

/** Every located passage of one source, in text order. */
export function passagesOf(timeline: Timeline, sourceId: string): Passage[] {
  const out: Passage[] = [];
  for (const e of timeline.events) {
    e.citations.forEach((c, i) => {
      if (c.source === sourceId && c.range)
        out.push({ eventId: e.id, citation: i, start: c.range[0], end: c.range[1] });
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A run of text with the passages covering it (none: plain text). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly passages: readonly Passage[];
}

/**
 * Cuts a text of `length` characters at every passage boundary, so overlapping passages
 * become consecutive segments that each know every passage covering them.
 */
export function segmentText(length: number, passages: readonly Passage[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const p of passages) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({ start, end, passages: passages.filter((p) => p.start < end && p.end > start) });
  }
  return segments;
}
