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
export { readTimeline, parseTimelineText } from './model/parseTimelineText';
export {
  fetchTimelineText,
  readSourceTexts,
  emptyTimeline,
  failedLoad,
  fetchTextOverHttp,
  fetchOverHttp,
  couldNotLoad,
  mark,
  type FetchText,
  type LoadResult,
  type ReadResult,
} from './model/readTimeline';
export { parseJson } from './model/parseJson';
export { withoutBom } from './model/withoutBom';
export { folderPath } from './model/sourceFile';
export {
  indexText,
  locateQuote,
  normalizeSpace,
  type IndexedText,
  type QuoteLocation,
} from './model/locateQuote';
export { closestPassage, CLOSEST_LIMIT } from './model/closestPassage';
export { parseDate, type ParsedDate, type Precision } from './time/parseDate';
export { languageName } from './i18n/languageName';
export { isoYear, bceToAstronomical } from './time/years';
export * from './units';
export {
  splitClaims,
  stripMarkers,
  claimParts,
  type Claim,
  type ClaimMarker,
  type ClaimPart,
} from './model/claims';
export { passagesOf, segmentText, type Passage, type Segment } from './model/passages';
export { citationForm, type CitationForm } from './model/citationForm';
export { groupByDate, type DateGroup } from './model/groupByDate';
export { filterEvents } from './filter/filterEvents';
export { isFiltering, NO_FILTER, type EventFilter, type FilterResult } from './filter/eventFilter';
export { withKnownIds } from './filter/knownIds';
export { createTimeScale } from './time/timeScale';
export { computeTicks, type Tick, type WordTick } from './time/ticks';
export {
  stackLabels,
  type LabelItem,
  type LabelLayout,
  type LabelLayoutOptions,
  type LabelSide,
  type PlacedLabel,
  type LabelCluster,
} from './layout/stackLabels';
export { wrapLabel, createLabelWrapper, type WrappedLabel } from './layout/wrapLabel';
export { markGeometry, MIN_DAY_PX, type MarkGeometry, type MarkShape } from './layout/markGeometry';
export { placeTickLabels, type AxisTick } from './layout/tickLabels';
export { overviewDensity, type DensityColumn } from './layout/overviewDensity';
export { LANE_PALETTE, laneColor } from './color/palette';
export { isCssColor } from './color/cssColor';
export { contrastRatio, parseHex } from './color/contrast';
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
  type TimelineLayout,
  type WrapLabel,
  type AxisX,
  type LaneCluster,
} from './layout/laneLayout';
export {
  dataExtent,
  windowLimits,
  zoomScaleExtent,
  atNarrowest,
  clampWindow,
  padWindow,
  chapterWindow,
  initialWindow,
  zoomAbout,
  panBy,
  centreOn,
  fitSpans,
  countInWindow,
  revealSpan,
  sameWindow,
  MIN_SPAN,
  type TimeWindow,
  type Span,
  type WindowLimits,
} from './time/window';
export { DAY, HOUR, MINUTE } from './time/durations';
export { createLaneIndex, type LaneIndex, type LaneEvents } from './query/laneIndex';
export { hitTest, type Hit } from './layout/hitTest';
export {
  reviewDoc,
  type ReviewDoc,
  type ReviewEvent,
  type ReviewClaim,
  type ReviewPassage,
} from './review/reviewModel';
export { reviewMarkdown } from './review/reviewMarkdown';
export { reviewHtml } from './review/reviewHtml';
export {
  LOCALES,
  matchLocale,
  pickLocale,
  textDirection,
  createTranslator,
  createDateWords,
  createI18n,
  englishDates,
  ENGLISH_DATE_MESSAGES,
  offsetLabel,
  fill,
  isolate,
  ownDirection,
  pluralForm,
  type Locale,
  type Message,
  type Params,
  type PluralMessage,
  type Catalogue,
  type Translator,
  type DateMessages,
  type DateWords,
  type DatedEvent,
  type I18n,
  type MessageKey,
} from './i18n';
export {
  chronology,
  type Chronology,
  type ChronologyEntry,
  type ChronologyNote,
  type PrintedPart,
} from './print/chronology';
export { mirrorLayout, mirrorTicks } from './layout/mirrorLayout';
