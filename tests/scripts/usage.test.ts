import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir, npmRun } from './cli';

/** The scripts a curator runs, asked for help or given what they cannot read. */
const SCRIPTS = ['validate', 'review', 'import', 'new', 'export', 'serve'];

describe('the command line', { timeout: 120_000 }, () => {
  it('prints each script’s usage on --help, and exits 0', () => {
    const cwd = freshDir();
    for (const script of SCRIPTS) {
      const r = npmRun(cwd, script, ['--help']);
      expect(r.code, script).toBe(0);
      expect(r.stdout, script).toMatch(new RegExp(`^usage: npm run ${script}\\b`));
    }
    // Nothing written where the user stands.
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('says what it cannot read, and how to call it, with no stack trace (exit 2)', () => {
    const r = npmRun(freshDir(), 'export', ['--formt', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--formt'");
    expect(r.stderr).toContain('usage: npm run export -- --format csv|ics|timelinejs|jsonld');
    expect(r.out).not.toMatch(/\n\s+at .*\(node:/);
  });

  it('writes no review sheet for a dataset that is not there', () => {
    const cwd = freshDir();
    const r = npmRun(cwd, 'review', ['nothing-here']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no dataset at');
    expect(existsSync(join(cwd, 'REVIEW.md'))).toBe(false);
  });
});
