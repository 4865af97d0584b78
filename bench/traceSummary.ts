/**
 * A Chromium trace, summarized for a reader: the app's User Timing marks, the main thread's
 * long tasks, and per thread the functions that took the most CPU (self time from the V8
 * sampling profiler), grouped by where their code lives.
 */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
}
interface Chunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const TOP = Number(process.env.PROFILE_TOP ?? 22);
const short = (url: string) => url.replace(/^.*\/(assets|src|node_modules)\//, '$1/').slice(-48);

const keyOf = (n: ProfileNode) =>
  `${n.callFrame.functionName || `(anonymous:${(n.callFrame.lineNumber ?? -1) + 1})`} ${n.callFrame.url ? short(n.callFrame.url) : ''}`.trim();

/**
 * Self and total (inclusive) time per function of one sampled thread, in ms, between two
 * trace timestamps.
 */
function selfTimes(events: TraceEvent[], from: number, to: number) {
  const nodes = new Map<number, ProfileNode>();
  const times = new Map<string, number>();
  const totals = new Map<string, number>();
  let ts = 0;
  for (const e of events) {
    if (e.name === 'Profile') ts = (e.args?.data as { startTime: number }).startTime;
    if (e.name !== 'ProfileChunk') continue;
    const d = e.args?.data as Chunk;
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      ts += deltas[i] ?? 0;
      const dt = deltas[i + 1] ?? 0;
      if (ts < from || ts > to) continue;
      const n = nodes.get(samples[i]!);
      if (!n) continue;
      const key = keyOf(n);
      times.set(key, (times.get(key) ?? 0) + dt / 1000);
      const onStack = new Set<string>();
      for (let p: ProfileNode | undefined = n; p; p = p.parent ? nodes.get(p.parent) : undefined)
        onStack.add(keyOf(p));
      for (const k of onStack) totals.set(k, (totals.get(k) ?? 0) + dt / 1000);
    }
  }
  return { times, totals };
}

export function summarizeTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): string {
  const all = Array.isArray(trace) ? trace : trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of all)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  // The page's own navigation (Chromium's UI pages are renderers too).
  const main = all.find(
    (e) =>
      e.name === 'navigationStart' &&
      /^https?:/.test(
        String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL),
      ),
  );
  // Without a navigation in the trace (a gesture traced on its own), the page is the one that
  // marked it.
  const anchor = main ?? all.find((e) => e.cat.includes('user_timing') && e.name.startsWith('dt:'));
  const t0 =
    main?.ts ??
    all
      .filter((e) => e.pid === anchor?.pid && e.ts > 0)
      .reduce((m, e) => Math.min(m, e.ts), Infinity);
  const renderers = new Set(anchor ? [String(anchor.pid)] : []);
  const ready = all.find((e) => e.name === 'dt:ready' || e.name === 'dt:rendered');
  const end = ready?.ts ?? all.reduce((m, e) => Math.max(m, e.ts + (e.dur ?? 0)), 0);
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(6);
  const out: string[] = [];

  out.push(`User Timing marks (ms after ${main ? 'navigation' : 'the trace began'}):`);
  for (const e of all
    .filter(
      (e) =>
        e.cat.includes('user_timing') &&
        e.name.startsWith('dt:') &&
        renderers.has(String(e.pid)) &&
        e.ts >= t0,
    )
    .sort((a, b) => a.ts - b.ts))
    out.push(`  ${ms(e.ts)}  ${e.name}  (${names.get(`${e.pid}:${e.tid}`) ?? e.tid})`);

  const threads = [...names].filter(
    ([k, n]) => renderers.has(k.split(':')[0]!) && (n === 'CrRendererMain' || /Worker/i.test(n)),
  );
  for (const [key, name] of threads) {
    const [pid, tid] = key.split(':').map(Number);
    const mine = all.filter((e) => e.pid === pid && e.tid === tid);
    const tasks = mine.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= t0 && e.ts <= end,
    );
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    const long = tasks.filter((e) => (e.dur ?? 0) > 50_000);
    const profiled = all.filter(
      (e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'),
    );
    // Profile chunks carry their thread in `id`-linked events; keep those on this thread.
    const ids = new Set(profiled.filter((e) => e.tid === tid).map((e) => e.id));
    const { times, totals } = selfTimes(
      profiled.filter((e) => ids.has(e.id)),
      t0,
      end,
    );
    const total = [...times.values()].reduce((a, b) => a + b, 0);
    if (total < 5 && tasks.length === 0) continue;
    out.push('');
    out.push(
      `${name} (${key}): ${busy.toFixed(0)} ms in ${tasks.length} tasks; ${long.length} over 50 ms${
        long.length
          ? `: ${long.map((e) => `${((e.dur ?? 0) / 1000).toFixed(0)}@${ms(e.ts).trim()}`).join(', ')}`
          : ''
      }`,
    );
    out.push(`  sampled ${total.toFixed(0)} ms; top self time:`);
    for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      out.push(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
    out.push(`  top total (inclusive) time of named functions:`);
    for (const [k, v] of [...totals]
      .filter(([k]) => !k.startsWith('(') && !/^[\w$]{1,2} /.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP))
      out.push(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  }
  return out.join('\n');
}
