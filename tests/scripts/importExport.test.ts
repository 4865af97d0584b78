import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { freshDir, npmRun, repo } from './cli';

const json = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('npm run import, from a folder of the user’s', { timeout: 60_000 }, () => {
  const cwd = freshDir();
  cpSync(join(repo, 'tests/fixtures/timelinejs'), join(cwd, 'tljs'), { recursive: true });

  it('imports TimelineJS JSON to a dataset that validates, and says what it did', () => {
    const r = npmRun(cwd, 'import', ['tljs/treaties.json', '--out', 'treaties']);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout).toContain('tljs/treaties.json: read as TimelineJS JSON');
    expect(r.stdout).toContain('6 event(s): 0 cited, 6 uncited');
    expect(r.stdout).toContain('validation: 0 error(s), 6 warning(s)');
    const v = npmRun(cwd, 'validate', ['treaties']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('6 valid event(s) (6 not yet cited)');
  });

  it('imports the TimelineJS sheet as CSV, told apart by its header', () => {
    const r = npmRun(cwd, 'import', ['tljs/sheet.csv', '--out', 'sheet', '--offset', '+01:00']);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout).toContain('read as TimelineJS sheet (CSV)');
    const data = json(join(cwd, 'sheet/timeline.json'));
    expect(
      data.events.find((e: { title: string }) => e.title === 'Treaty of Versailles signed').start,
    ).toBe('1919-06-28T15:12+01:00');
  });

  it('imports the sheet template TimelineJS itself ships, every event row kept', () => {
    const template = join(
      repo,
      'node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv',
    );
    const r = npmRun(cwd, 'import', [template, '--out', 'template']);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout).toContain('validation: 0 error(s)');
    const rows = csvParse(readFileSync(template, 'utf8'));
    const eventRows = rows.filter(
      (row) => !['title', 'era'].includes((row.Type ?? '').toLowerCase()),
    );
    const data = json(join(cwd, 'template/timeline.json'));
    expect(data.events.map((e: { title: string }) => e.title).sort()).toEqual(
      eventRows.map((row) => row.Headline).sort(),
    );
    expect(data.title).toBe(rows.find((row) => row.Type === 'title')!.Headline);
  });

  it('refuses to write over a dataset unless told to', () => {
    const r = npmRun(cwd, 'import', ['tljs/treaties.json', '--out', 'treaties']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('treaties already has a timeline.json');
    expect(npmRun(cwd, 'import', ['tljs/treaties.json', '--out', 'treaties', '--force']).code).toBe(
      0,
    );
  });

  it('says clearly when a file is not a format it reads', () => {
    const r = npmRun(cwd, 'import', ['tljs/../tljs/sheet.csv/nope.json', '--out', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no file at/);
    cpSync(join(repo, 'tests/fixtures/varied/timeline.json'), join(cwd, 'ours.json'));
    const ours = npmRun(cwd, 'import', ['ours.json', '--out', 'y']);
    expect(ours.code).toBe(1);
    expect(ours.stderr).toContain('already a diplomatic-timeline dataset');
  });
});

describe('npm run export, then back', { timeout: 60_000 }, () => {
  const cwd = freshDir();
  cpSync(join(repo, 'tests/fixtures/varied'), join(cwd, 'varied'), { recursive: true });
  const original = json(join(cwd, 'varied/timeline.json'));
  const byId = (l: { id: string }[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));

  it('CSV: export, import with the sources and the original as base → the same dataset', () => {
    const e = npmRun(cwd, 'export', ['--format', 'csv', '--out', 'varied.csv', 'varied']);
    expect(e.code, e.out).toBe(0);
    const i = npmRun(cwd, 'import', [
      'varied.csv',
      '--out',
      'back',
      '--sources',
      'varied/sources',
      '--base',
      'varied/timeline.json',
    ]);
    expect(i.code, i.out).toBe(0);
    expect(i.stdout).toContain('validation: 0 error(s), 2 warning(s)');
    const back = json(join(cwd, 'back/timeline.json'));
    const { events, ...rest } = back;
    const { events: events0, ...rest0 } = original;
    // The import writes its own "$schema" (the schema file beside it).
    expect(rest.$schema).toBe('timeline.schema.json');
    delete rest.$schema;
    expect(rest).toEqual(rest0);
    expect(byId(events)).toEqual(byId(events0));
    expect(readFileSync(join(cwd, 'back/sources/chronicle.txt'), 'utf8')).toBe(
      readFileSync(join(cwd, 'varied/sources/chronicle.txt'), 'utf8'),
    );
  });

  it('TimelineJS: export, import → the same events', () => {
    expect(npmRun(cwd, 'export', ['-f', 'timelinejs', '-o', 'tl.json', 'varied']).code).toBe(0);
    const i = npmRun(cwd, 'import', [
      'tl.json',
      '--out',
      'tl-back',
      '--sources',
      'varied/sources',
      '--base',
      'varied',
      '--offset',
      '+01:00',
    ]);
    expect(i.code, i.out).toBe(0);
    expect(byId(json(join(cwd, 'tl-back/timeline.json')).events)).toEqual(byId(original.events));
  });

  it('iCalendar: a file ical.js reads, one event per writable event, what was left out on stderr', () => {
    const r = npmRun(cwd, 'export', ['--format', 'ics', '--out', 'varied.ics', 'varied']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'note: 1 event(s) left out: iCalendar cannot write years before 1 CE',
    );
    const cal = new ICAL.Component(ICAL.parse(readFileSync(join(cwd, 'varied.ics'), 'utf8')));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(original.events.length - 1);
  });

  it('JSON-LD to standard output, and the bundled dataset when no path is given', () => {
    const r = npmRun(cwd, 'export', ['--format', 'jsonld', 'varied']);
    expect(
      JSON.parse(r.stdout)['@graph'].filter((n: { type?: string }) => n.type === 'Annotation'),
    ).toHaveLength(8);
    const bundled = npmRun(cwd, 'export', ['--format', 'csv']);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout.split('\n')[0]).toBe(
      'id,title,start,end,approximate,dateNote,lane,actors,summary,disputed,background,source,quote',
    );
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('says which formats there are when given another', () => {
    const r = npmRun(cwd, 'export', ['--format', 'pdf', 'varied']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format csv|ics|timelinejs|jsonld');
  });
});
