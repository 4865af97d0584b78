/**
 * The exporters by name: what the CLI and the app's Download menu call. The app loads this
 * module (and the iCalendar writer with it) as its own chunk, only when a download is asked for.
 */
import { exportCsv } from './csv';
import type { ExportInput, ExportResult } from './exportTypes';
import { exportIcs } from './ical';
import { exportJsonLd } from './jsonld';
import { exportTimelineJs } from './timelinejs';

export const EXPORTERS = {
  csv: exportCsv,
  ics: exportIcs,
  timelinejs: exportTimelineJs,
  jsonld: exportJsonLd,
} as const;

export type ExportFormat = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

export const exportTimeline = (format: ExportFormat, input: ExportInput): ExportResult =>
  EXPORTERS[format](input);

export type { ExportInput, ExportResult };
