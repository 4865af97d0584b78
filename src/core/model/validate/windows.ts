import * as z from 'zod/mini';
import { parseDate as parseDateOnce, type DateResult } from '../../time/parseDate';
import type { EpochMs } from '../../units';
import { chapterSchema, dateString } from '../schema';
import type { ChapterWindow, Timeline } from '../timeline';
import { parseEach } from './parseEach';
import { label, zodProblems, type Problems } from './problems';

const viewSchema = z.object({ start: dateString, end: dateString });

/** A window from two contract dates: the start's first instant to the end's last. */
function windowOf(
  w: { start: string; end: string },
  where: string,
  problems: Problems,
  parseDate: (raw: string) => DateResult,
): { start: EpochMs; end: EpochMs } | { start?: undefined; end?: undefined } {
  const a = parseDate(w.start);
  const b = parseDate(w.end);
  if (!a.ok) problems.push({ severity: 'error', path: `${where}.start`, message: a.message });
  if (!b.ok) problems.push({ severity: 'error', path: `${where}.end`, message: b.message });
  if (!a.ok || !b.ok) return {};
  if (b.value.endMs <= a.value.startMs) {
    problems.push({
      severity: 'error',
      path: `${where}.end`,
      message: `"${w.end}" is before start "${w.start}"`,
    });
    return {};
  }
  return { start: a.value.startMs, end: b.value.endMs };
}

/**
 * The data's named windows; a bad one is reported and left out. `parseDate` places times of
 * day by the timeline's clock, as its events are.
 */
export function checkChapters(
  raw: unknown,
  problems: Problems,
  parseDate: (raw: string) => DateResult = parseDateOnce,
): ChapterWindow[] {
  return parseEach(raw, 'chapters', chapterSchema, problems, false)
    .map((c, i) => ({
      id: c.id,
      label: c.label,
      ...windowOf(c, label('chapters', i, c), problems, parseDate),
    }))
    .filter((c): c is ChapterWindow => c.start !== undefined);
}

/** The window the data asks to be shown first, if any and valid. */
export function checkView(
  raw: unknown,
  problems: Problems,
  parseDate: (raw: string) => DateResult = parseDateOnce,
): Timeline['view'] {
  if (raw === undefined) return null;
  const v = viewSchema.safeParse(raw);
  if (!v.success) {
    problems.push(...zodProblems('view', v.error));
    return null;
  }
  const w = windowOf(v.data, 'view', problems, parseDate);
  return w.start !== undefined ? [w.start, w.end] : null;
}
