import { epochMs, type EpochMs } from '../units';
import { isoYear } from '../time/years';
import { MINUTE } from '../time/durations';

/** Every state worth sharing, as it lives in the URL's query. */
export interface UrlState {
  readonly event: string | null;
  readonly source: string | null;
  readonly cite: number | null;
  readonly window: readonly [EpochMs, EpochMs] | null;
  readonly lanes: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly string[];
  readonly query: string;
  readonly mode: 'timeline' | 'list';
}

export const EMPTY_URL_STATE: UrlState = {
  event: null,
  source: null,
  cite: null,
  window: null,
  lanes: [],
  actors: [],
  sources: [],
  query: '',
  mode: 'timeline',
};

/** The parameters this app owns; any others (`data`, a host's own) are left alone. */
export const OWNED_PARAMS = [
  'event',
  'source',
  'cite',
  'window',
  'lanes',
  'actors',
  'sources',
  'q',
  'mode',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2022-01-08" at midnight, else "2022-01-08T13:45" (the axis is floating: days at UTC
 * midnight, times of day as the data's clock reads them).
 */
export function formatBound(t: number): string {
  const d = new Date(Math.round(t / MINUTE) * MINUTE);
  const date = `${isoYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0
    ? date
    : `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function parseBound(s: string): EpochMs | null {
  const m = /^(-?\d{4}|[+-]\d{5,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0), 0, 0);
  return Number.isNaN(d.getTime()) ? null : epochMs(d.getTime());
}

/** "2022-01-08/2022-01-14" → a window; null when malformed or empty. */
export function parseWindow(s: string | null | undefined): readonly [EpochMs, EpochMs] | null {
  if (!s) return null;
  const [a, b] = s.split('/');
  const start = a ? parseBound(a) : null;
  const end = b ? parseBound(b) : null;
  return start !== null && end !== null && end > start ? [start, end] : null;
}

export const formatWindow = (w: readonly [number, number]) =>
  `${formatBound(w[0])}/${formatBound(w[1])}`;

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

export function decodeUrlState(params: URLSearchParams): UrlState {
  const cite = Number(params.get('cite'));
  return {
    event: params.get('event') || null,
    source: params.get('source') || null,
    cite: params.has('cite') && Number.isInteger(cite) && cite >= 0 ? cite : null,
    window: parseWindow(params.get('window')),
    lanes: list(params.get('lanes')),
    actors: list(params.get('actors')),
    sources: list(params.get('sources')),
    query: params.get('q') ?? '',
    mode: params.get('mode') === 'list' ? 'list' : 'timeline',
  };
}

/** Writes the state into a copy of `base`, keeping parameters the app does not own. */
export function encodeUrlState(
  s: UrlState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of OWNED_PARAMS) p.delete(k);
  if (s.event) p.set('event', s.event);
  if (s.source) p.set('source', s.source);
  if (s.source && s.cite !== null) p.set('cite', String(s.cite));
  if (s.window) p.set('window', formatWindow(s.window));
  if (s.lanes.length) p.set('lanes', s.lanes.join(','));
  if (s.actors.length) p.set('actors', s.actors.join(','));
  if (s.sources.length) p.set('sources', s.sources.join(','));
  if (s.query) p.set('q', s.query);
  if (s.mode === 'list') p.set('mode', 'list');
  return p;
}
