/** The bench's Markdown tables, ready for the README: medians with min–max, ours beside vis. */
import type { Run } from './measure';
import type { Scenario, Tool } from './scenarios';
import { median, range } from './stats';

export interface Outcome {
  readonly scenario: Scenario;
  readonly runs: Record<Tool, Run[]>;
  /** Why a tool was not run on this scenario, if it was not. */
  readonly skipped: Partial<Record<Tool, string>>;
}

const fmt = (xs: number[], digits = 0, spread = true) => {
  const ok = xs.filter(Number.isFinite);
  if (ok.length === 0) return '—';
  const [lo, hi] = range(ok);
  const m = median(ok).toFixed(digits);
  return spread && lo.toFixed(digits) !== hi.toFixed(digits)
    ? `${m} (${lo.toFixed(digits)}–${hi.toFixed(digits)})`
    : m;
};

export const scenarioLabel = (s: Scenario) =>
  s.shape === 'bundled'
    ? 'bundled (50)'
    : `${s.events.toLocaleString('en')}${s.shape === 'dense' ? ' dense' : ''}`;

const ok = (runs: Run[]) => runs.filter((r) => !r.error);

/** Median of a field over a tool's successful runs. */
export const med = (runs: Run[], f: (r: Run) => number) => median(ok(runs).map(f));

export function table(outcomes: readonly Outcome[], tools: readonly Tool[]): string {
  const head =
    '| events | tool | data-ready ms | long tasks in load (n / longest ms) | zoom frame p95 ms | frame p50 / p95 / max ms (zoom+pan) | long tasks in gestures (n / longest ms) | JS heap MB | DOM nodes | JS+CSS gzip KB before ready (+ after) |';
  const rows = [head, '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const o of outcomes) {
    for (const tool of tools) {
      const runs = o.runs[tool];
      const good = ok(runs);
      const name = `| ${scenarioLabel(o.scenario)} | ${tool} |`;
      if (o.skipped[tool]) {
        rows.push(`${name} ${o.skipped[tool]} | | | | | | | |`);
        continue;
      }
      if (good.length === 0) {
        rows.push(`${name} ${runs[0]?.error ?? 'no runs'} | | | | | | | |`);
        continue;
      }
      const failed = runs.length - good.length;
      const m = (f: (r: Run) => number, d = 0, spread = true) => fmt(good.map(f), d, spread);
      rows.push(
        `${name} ${m((r) => r.ready!)}${failed ? ` (${failed} run${failed > 1 ? 's' : ''} failed)` : ''} | ${m((r) => r.load.count, 0, false)} / ${m((r) => r.load.longest, 0, false)} | ${m((r) => r.zoom.p95, 1)} | ${m((r) => r.frames.p50, 1, false)} / ${m((r) => r.frames.p95, 1, false)} / ${m((r) => r.frames.max, 0, false)} | ${m((r) => r.gestureTasks.count, 0, false)} / ${m((r) => r.gestureTasks.longest, 0, false)} | ${m((r) => r.heapMB)} | ${m((r) => r.domNodes, 0, false)} | ${m((r) => r.gzipBeforeKB, 1, false)} (+ ${m((r) => r.gzipAfterKB, 1, false)}) |`,
      );
    }
    const ours = ok(o.runs.ours);
    for (const other of ['vis-timeline', 'baseline'] as const) {
      const them = ok(o.runs[other]);
      if (!ours.length || !them.length) continue;
      const ratio = (f: (r: Run) => number, d = 2) =>
        (median(ours.map(f)) / median(them.map(f))).toFixed(d);
      rows.push(
        `| | ours / ${other === 'vis-timeline' ? 'vis' : 'baseline'} | ${ratio((r) => r.ready!)} | | ${ratio((r) => r.zoom.p95)} | | | ${ratio((r) => r.heapMB)} | ${ratio((r) => r.domNodes)} | ${ratio((r) => r.gzipBeforeKB)} |`,
      );
    }
  }
  return rows.join('\n');
}

/** Each JS/CSS file ours loaded (median gzip KB over runs), and whether before data-ready. */
export function chunkTable(outcomes: readonly Outcome[]): string {
  const seen = new Map<string, { gzip: number[]; before: boolean[] }>();
  for (const o of outcomes)
    for (const r of ok(o.runs.ours))
      for (const f of r.files) {
        // Content hashes change between builds: name a chunk by its name alone.
        const name = f.path.replace(/^.*\//, '').replace(/-[\w-]{8}\.(m?js|css)$/, '.$1');
        const e = seen.get(name) ?? seen.set(name, { gzip: [], before: [] }).get(name)!;
        e.gzip.push(f.gzip);
        e.before.push(f.before);
      }
  const rows = ['| file (ours) | gzip KB | loaded |', '|---|---:|---|'];
  for (const [name, e] of [...seen].sort((a, b) => median(b[1].gzip) - median(a[1].gzip))) {
    const before = e.before.filter(Boolean).length;
    const when =
      before === e.before.length
        ? 'before data-ready'
        : before === 0
          ? 'after data-ready'
          : `before data-ready in ${before} of ${e.before.length} loads`;
    rows.push(`| ${name} | ${(median(e.gzip) / 1024).toFixed(1)} | ${when} |`);
  }
  return rows.join('\n');
}
