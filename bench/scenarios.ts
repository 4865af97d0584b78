/**
 * The bench's named scenarios: the bundled dataset, and generated datasets by size and shape
 * ('10000' is the spread shape, 'dense-10000' the dense one). BENCH_SCENARIOS (or the older
 * BENCH_SIZES) narrows the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDatasetName, writeDataset, type Shape } from './generate';

/** 'baseline' is another build of ours (BENCH_BASELINE), for before/after under the same load. */
export type Tool = 'ours' | 'baseline' | 'vis-timeline';

const appPath = (tool: Tool) => (tool === 'baseline' ? 'base' : 'app');

export interface Scenario {
  readonly name: string;
  /** Events in the data (50 for the bundled dataset). */
  readonly events: number;
  readonly shape: Shape | 'bundled';
  /** The page to open for a tool, on the bench's static server. */
  url(origin: string, tool: Tool): string;
  /** The instant the zoom gesture is centred on (the densest week), or null for the plot's centre. */
  readonly focus: number | null;
}

export const DEFAULT_SCENARIOS = [
  'bundled',
  '1000',
  '10000',
  'dense-10000',
  '100000',
  'dense-100000',
] as const;

const DAY = 86_400_000;

/** The middle of the 7-day bin holding the most event starts (dates parsed as UTC). */
export function densestWeek(starts: readonly string[]): number {
  const bins = new Map<number, number>();
  for (const s of starts) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
    if (!m) continue;
    const t = Date.UTC(+m[1]!, (+(m[2] ?? 1) || 1) - 1, +(m[3] ?? 1) || 1);
    const bin = Math.floor(t / (7 * DAY));
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  let best = 0;
  let count = -1;
  for (const [bin, c] of bins)
    if (c > count || (c === count && bin < best)) [best, count] = [bin, c];
  return (best + 0.5) * 7 * DAY;
}

/** A scenario by name; generated datasets are written on first use (bench/out/data/NAME). */
export function scenarioFor(name: string): Scenario {
  if (name === 'bundled') {
    return {
      name,
      events: 50,
      shape: 'bundled',
      focus: null,
      url: (origin, tool) =>
        tool === 'vis-timeline'
          ? `${origin}/vis/index.html?data=../app/data/timeline.json`
          : `${origin}/${appPath(tool)}/index.html`,
    };
  }
  const { n, shape } = parseDatasetName(name);
  const dir = writeDataset(n, 'bench/out/data', shape);
  const data = JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')) as {
    events: { start: string }[];
  };
  const rel = `../data/${name}/timeline.json`;
  return {
    name,
    events: n,
    shape,
    focus: densestWeek(data.events.map((e) => e.start)),
    url: (origin, tool) =>
      tool === 'vis-timeline'
        ? `${origin}/vis/index.html?data=${rel}`
        : `${origin}/${appPath(tool)}/index.html?data=${rel}`,
  };
}

/** The scenarios this run measures, from BENCH_SCENARIOS / BENCH_SIZES or the defaults. */
export function selectedScenarios(env = process.env): string[] {
  const list = env.BENCH_SCENARIOS ?? env.BENCH_SIZES;
  return list
    ? list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [...DEFAULT_SCENARIOS];
}
