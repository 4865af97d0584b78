/**
 * Seeded synthetic datasets shaped like real chronologies: dense weeks, sparse decades,
 * ~20% ranges, some month- and year-precision dates, 6 lanes, citations into a few generated
 * source texts (each quote a sentence found exactly once in its source).
 *   npx tsx bench/generate.ts 1000 10000 100000   → bench/out/data/<n>/timeline.json
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
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

export function generate(n: number, seed = 42) {
  const r = rng(seed + n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const texts: string[][] = [];
  for (let s = 0; s < SOURCES; s++) {
    const lines: string[] = [];
    for (let i = 0; i < SENTENCES; i++) lines.push(sentence(s, i, r));
    texts.push(lines);
  }
  // Dense weeks: 70% of events fall in 25 hot weeks; the rest spread over 1960–2024.
  const from = Date.UTC(1960, 0, 1);
  const to = Date.UTC(2024, 11, 31);
  const hot = Array.from({ length: 25 }, () => from + r() * (to - from));
  const DAY = 86_400_000;
  const events = [];
  for (let i = 0; i < n; i++) {
    const t = r() < 0.7 ? pick(hot) + r() * 7 * DAY : from + r() * (to - from);
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
      summary: `Synthetic event ${i}.[1]`,
      citations: [{ source: `src${s}`, quote: texts[s]![line]! }],
    });
  }
  const timeline = {
    title: `Synthetic chronology, ${n.toLocaleString('en')} events`,
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

export function writeDataset(n: number, dir = 'bench/out/data'): string {
  const out = join(dir, String(n));
  if (existsSync(join(out, 'timeline.json'))) return out;
  const { timeline, texts } = generate(n);
  mkdirSync(join(out, 'sources'), { recursive: true });
  texts.forEach((t, s) => writeFileSync(join(out, 'sources', `src${s}.txt`), t));
  writeFileSync(join(out, 'timeline.json'), JSON.stringify(timeline));
  return out;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  for (const arg of process.argv.slice(2)) console.log(writeDataset(Number(arg)));
}
