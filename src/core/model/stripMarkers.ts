// Apart from claims.ts so that search, in first paint, does not carry the sentence splitter.
const MARKERS = /\s*\[\d+\]/g;

/** A summary as plain prose, its markers taken out (for search, titles, plain-text exports). */
export const stripMarkers = (summary: string) => summary.replace(MARKERS, '').trim();
