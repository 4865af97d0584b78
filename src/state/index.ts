export {
  createTimelineStore,
  type TimelineState,
  type TimelineStore,
  type TimelineStoreInit,
  type ReaderState,
  type LoadStatus,
  type LoadProgress,
  type ViewMode,
  type TimeWindow,
} from './createTimelineStore';
export { TimelineProvider, useTimelineStore, useTimelineStoreApi } from './TimelineProvider';
export { textSearch, useFilteredEvents } from './useFilteredEvents';
export { lazyChunk, useChunk, afterPaint, type LazyChunk } from './lazyChunk';
export { I18nProvider, useI18n, useTimeDirection, type TimeDirection } from './I18nProvider';
