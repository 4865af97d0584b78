import { lazyChunk, textSearch } from '../state';

// The app's parts that load after first paint, each its own chunk (see state/lazyChunk.ts).

/** The selected event in full, and the list view (both built from event cards). */
export const eventPanels = lazyChunk(() => import('../components/eventPanels'));
/** The source reader: a whole article with its cited passages marked. */
export const sourceReader = lazyChunk(() => import('../components/sourceReaderChunk'));

/** The problems found in the data: most datasets have none. */
export const problemsPanel = lazyChunk(() => import('../components/ProblemsPanel'));

/** "Download image" in the header (its drawing is a further chunk, fetched when used). */
export const imageMenu = lazyChunk(() => import('../components/Timeline/ImageMenu'));

/**
 * The printed chronology and the print styles: fetched once the timeline is up, so Ctrl+P
 * finds them, or by the Print control before it prints.
 */
export const printChronology = lazyChunk(() => import('../components/printChronologyChunk'));

/** The chunks a first view in this state shows, loading (so data-ready waits for them). */
export function chunksFor(
  s: {
    readonly mode: 'timeline' | 'list';
    readonly selectedId: string | null;
    readonly reader: unknown;
    readonly filter: { readonly query: string };
  },
  problems: number,
): Promise<unknown>[] {
  const out: Promise<unknown>[] = [];
  if (problems > 0) out.push(problemsPanel.load());
  if (s.filter.query.trim()) out.push(textSearch.load());
  if (s.mode === 'list' || s.selectedId !== null || s.reader !== null) out.push(eventPanels.load());
  if (s.reader !== null) out.push(sourceReader.load());
  return out;
}
