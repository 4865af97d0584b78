/**
 * Seeded synthetic datasets shaped like real chronologies: dense weeks, sparse decades,
 * ~20% ranges, some month- and year-precision dates, 6 lanes, citations into a few generated
 * source texts (each quote a sentence found exactly once in its source).
 * Two shapes: 'spread' (70% of events in 25 hot weeks scattered over 1960–2024) and 'dense'
 * (78% of events in December 2021 – January 2022, like a conflict's chronology, with the
 * rest over the decades before).
 *   npx tsx bench/generate.ts 1000 10000 dense-10000   → bench/out/data/<name>/timeline.json
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, seeded. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANES = ['bilateral', 'alliance', 'multilateral', 'treaties', 'sanctions', 'region'];
const VERBS = [
  'Talks on',
  'Statement about',
  'Briefing on',
  'Meeting over',
  'Warning on',
  'Agreement on',
  'Dispute over',
  'Proposal for',
  'Visit concerning',
  'Report on',
];
const TOPICS = [
  'missile deployments',
  'military exercises',
  'export controls',
  'border troops',
  'arms control',
  'energy supplies',
  'security guarantees',
  'ceasefire lines',
  'prisoner exchanges',
  'sanctions relief',
  'inspection regimes',
  'airspace incidents',
];
const PLACES = [
  'Geneva',
  'Brussels',
  'Vienna',
  'Moscow',
  'Washington',
  'Kyiv',
  'Minsk',
  'Helsinki',
  'Istanbul',
  'Astana',
  'Warsaw',
  'Riga',
];
const SOURCES = 5;
const SENTENCES = 2000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function sentence(s: number, i: number, r: () => number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return `In dispatch ${s}-${i}, delegates in ${pick(PLACES)} discussed ${pick(TOPICS)} and ${pick(TOPICS)} for ${2 + Math.floor(r() * 9)} hours.`;
}

export type Shape = 'spread' | 'dense';

const DAY = 86_400_000;
const FROM = Date.UTC(1960, 0, 1);
const TO = Date.UTC(2024, 11, 31);
/** The dense shape's two months, and the two weeks inside them that are densest of all. */
export const DENSE_MONTHS = [Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1)] as const;
export const DENSE_WEEKS = [Date.UTC(2021, 11, 15), Date.UTC(2022, 0, 9)] as const;

/** When each event happens: a function of the seeded random source, per shape. */
function instants(shape: Shape, r: () => number): () => number {
  if (shape === 'dense') {
    const [a, b] = DENSE_MONTHS;
    return () => {
      const p = r();
      if (p < 0.78) {
        // Within the two months, half the events crowd into two weeks (the talks, the run-up).
        if (r() < 0.5) return DENSE_WEEKS[r() < 0.4 ? 0 : 1] + r() * 7 * DAY;
        return a + r() * (b - a);
      }
      return FROM + r() * (a - FROM);
    };
  }
  // Spread: 70% of events fall in 25 hot weeks; the rest spread over 1960–2024.
  const hot = Array.from({ length: 25 }, () => FROM + r() * (TO - FROM));
  return () =>
    r() < 0.7 ? hot[Math.floor(r() * hot.length)]! + r() * 7 * DAY : FROM + r() * (TO - FROM);
}

export function generate(n: number, seed = 42, shape: Shape = 'spread') {
  const r = rng(seed + n + (shape === 'dense' ? 7 : 0));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const texts: string[][] = [];
  for (let s = 0; s < SOURCES; s++) {
    const lines: string[] = [];
    for (let i = 0; i < SENTENCES; i++) lines.push(sentence(s, i, r));
    texts.push(lines);
  }
  const when = instants(shape, r);
  const events = [];
  for (let i = 0; i < n; i++) {
    const t = when();
    const d = new Date(t);
    const y = d.getUTCFullYear(),
      m = pad(d.getUTCMonth() + 1),
      day = pad(d.getUTCDate());
    const p = r();
    const start =
      p < 0.03
        ? `${y}`
        : p < 0.13
          ? `${y}-${m}`
          : p < 0.8
            ? `${y}-${m}-${day}`
            : `${y}-${m}-${day}T${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}+01:00`;
    const ranged = p >= 0.13 && p < 0.8 && r() < 0.3;
    const endDate = ranged ? new Date(t + (1 + Math.floor(r() * 60)) * DAY) : null;
    const s = Math.floor(r() * SOURCES);
    const line = Math.floor(r() * SENTENCES);
    const quote = texts[s]![line]!;
    events.push({
      id: `e${i}`,
      title: `${pick(VERBS)} ${pick(TOPICS)} in ${pick(PLACES)}${r() < 0.3 ? ` (round ${1 + Math.floor(r() * 9)})` : ''}`,
      start,
      ...(endDate
        ? {
            end: `${endDate.getUTCFullYear()}-${pad(endDate.getUTCMonth() + 1)}-${pad(endDate.getUTCDate())}`,
          }
        : {}),
      ...(r() < 0.1 ? { approximate: true } : {}),
      lane: pick(LANES),
      // What the passage says, numbers and all (the validator checks a summary's numbers).
      summary: `Dispatch ${s}-${line}: ${/for (\d+) hours/.exec(quote)![1]} hours.[1]`,
      citations: [{ source: `src${s}`, quote }],
    });
  }
  const timeline = {
    title: `Synthetic chronology, ${n.toLocaleString('en')} events${shape === 'dense' ? ', dense' : ''}`,
    lanes: LANES.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
    sources: texts.map((_, s) => ({
      id: `src${s}`,
      title: `Generated dispatches ${s}`,
      kind: 'article',
      file: `sources/src${s}.txt`,
    })),
    events,
  };
  return { timeline, texts: texts.map((lines) => lines.join('\n')) };
}

/** A dataset's folder name: `10000` (spread) or `dense-10000`. */
export const datasetName = (n: number, shape: Shape = 'spread') =>
  shape === 'dense' ? `dense-${n}` : String(n);

export function parseDatasetName(name: string): { n: number; shape: Shape } {
  const m = /^(dense-)?(\d+)$/.exec(name);
  if (!m) throw new Error(`not a dataset name: ${name} (expected e.g. 10000 or dense-10000)`);
  return { n: Number(m[2]), shape: m[1] ? 'dense' : 'spread' };
}

/** Raised when what generate() writes changes, so datasets written before are written again. */
const GENERATION = '2: summaries give their passage\'s numbers';

export function writeDataset(n: number, dir = 'bench/out/data', shape: Shape = 'spread'): string {
  const out = join(dir, datasetName(n, shape));
  const stamp = join(out, 'generation.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATION) return out;
  const { timeline, texts } = generate(n, 42, shape);
  mkdirSync(join(out, 'sources'), { recursive: true });
  texts.forEach((t, s) => writeFileSync(join(out, 'sources', `src${s}.txt`), t));
  writeFileSync(join(out, 'timeline.json'), JSON.stringify(timeline));
  writeFileSync(stamp, GENERATION);
  return out;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  for (const arg of process.argv.slice(2)) {
    const { n, shape } = parseDatasetName(arg);
    console.log(writeDataset(n, undefined, shape));
  }
}
