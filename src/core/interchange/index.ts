/** Interchange formats: pure translations between our datasets and other tools' files. */
export {
  assemble,
  type Draft,
  type DraftEvent,
  type AssembleOptions,
  type ImportResult,
} from './assemble';
export { CSV_COLUMNS, ImportError, importCsv, exportCsv, readCsv } from './csv';
export {
  importTimelineJs,
  exportTimelineJs,
  readTimelineJs,
  type TljsTimeline,
} from './timelinejs';
export { importTimelineJsSheet, readTimelineJsSheet, SHEET_COLUMNS } from './timelinejsSheet';
export { exportIcs, icalUid } from './ical';
export { exportJsonLd } from './jsonld';
export { detectFormat, importFile, FORMAT_NAMES, type ImportFormat } from './importFile';
export { exportTimeline, EXPORTERS, EXPORT_FORMATS, type ExportFormat } from './exportFormats';
export type { ExportInput, ExportResult } from './exportTypes';
export { summaryWithMarkers, stripMarkers } from './summary';
export { htmlToText, readEventHtml, escapeHtml } from './htmlText';
export { slugify } from './ids';
