export * from './model/schema';
export type * from './model/timeline';
export {
  validateTimeline,
  startValidation,
  completeTimeline,
  formatProblem,
  type SourceTexts,
  type ValidationResult,
  type ValidationSession,
  type ValidatedParts,
  type TimelineHead,
} from './model/validate';
export {
  runInSlices,
  validateInSlices,
  type SliceOptions,
  type ValidationProgress,
} from './model/validateInSlices';
export {
  verdictOf,
  eventVerdicts,
  assembler,
  assembleVerdict,
  type Verdict,
  type EventVerdicts,
} from './model/validate/verdict';
export { loadTimeline, loadTimelineObject } from './model/loadTimeline';
export {
  readTimeline,
  fetchTimelineText,
  parseTimelineText,
  readSourceTexts,
  emptyTimeline,
  failedLoad,
  fetchTextOverHttp,
  mark,
  type FetchText,
  type LoadResult,
  type ReadResult,
} from './model/readTimeline';
export { parseJson } from './model/parseJson';
export { indexText, locateQuote, normalizeSpace } from './model/locateQuote';
export { closestPassage, CLOSEST_LIMIT } from './model/closestPassage';
export { parseDate, type ParsedDate, type Precision } from './time/parseDate';
export { wordDate, wordEventDate } from './time/wordDate';
export * from './units';
export { passagesOf, segmentText, type Passage, type Segment } from './model/passages';
export { groupByDate, eventDateLabel, type DateGroup } from './model/groupByDate';
export { filterEvents, NEAR } from './filter/filterEvents';
export {
  isFiltering,
  NO_FILTER,
  type EventFilter,
  type FilterResult,
  type MatchReason,
} from './filter/eventFilter';
export { unfiltered } from './filter/facetCounts';
export { createTimeScale, type Zone } from './time/timeScale';
export { computeTicks, type Tick } from './time/ticks';
export {
  stackLabels,
  type LabelItem,
  type LabelLayout,
  type LabelLayoutOptions,
  type PlacedLabel,
  type LabelCluster,
} from './layout/stackLabels';
export {
  decodeUrlState,
  encodeUrlState,
  parseWindow,
  formatWindow,
  formatBound,
  parseBound,
  EMPTY_URL_STATE,
  OWNED_PARAMS,
  type UrlState,
} from './url/urlState';
export {
  layoutLanes,
  AGGREGATE_ABOVE,
  type LaneBand,
  type LaneGeometry,
  type PlacedEvent,
} from './layout/laneLayout';
export {
  dataExtent,
  windowLimits,
  zoomScaleExtent,
  clampWindow,
  padWindow,
  chapterWindow,
  initialWindow,
  zoomAbout,
  panBy,
  centreOn,
  fitSpans,
  revealSpan,
  sameWindow,
  MIN_SPAN,
  type TimeWindow,
  type Span,
  type WindowLimits,
} from './time/window';
export { DAY, HOUR, MINUTE } from './time/durations';
export { visibleEvents, maxDurationOf, firstEndingAfter } from './query/visibleEvents';
export { hitTest, type Hit } from './layout/hitTest';
