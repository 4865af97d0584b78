import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir, npmRun } from './cli';

describe(
  'npm run new, then npm run validate, from a folder of the user’s',
  { timeout: 60_000 },
  () => {
    const cwd = freshDir();
    const made = npmRun(cwd, 'new', ['mine', '--title', 'Harbour talks']);

    it('writes the dataset where the user stands, and says what to do next', () => {
      expect(made.code, made.out).toBe(0);
      for (const f of ['timeline.json', 'timeline.schema.json', 'sources/example.txt', 'README.md'])
        expect(existsSync(join(cwd, 'mine', f)), f).toBe(true);
      expect(made.stdout).toContain('npm run serve -- mine');
    });

    it('points "$schema" at a file that is there, from the folder itself', () => {
      const data = JSON.parse(readFileSync(join(cwd, 'mine/timeline.json'), 'utf8'));
      expect(data.title).toBe('Harbour talks');
      expect(existsSync(resolve(cwd, 'mine', data.$schema))).toBe(true);
    });

    it('starts clean: validate finds no error and no warning', () => {
      const v = npmRun(cwd, 'validate', ['mine']);
      expect(v.code, v.out).toBe(0);
      expect(v.stdout).toContain('mine/timeline.json: 0 error(s), 0 warning(s); 1 valid event(s)');
    });

    it('writes the review sheet beside the dataset, where the user stands', () => {
      const r = npmRun(cwd, 'review', ['mine']);
      expect(r.code, r.out).toBe(0);
      expect(r.stdout).toContain('wrote mine/REVIEW.md');
      expect(readFileSync(join(cwd, 'mine/REVIEW.md'), 'utf8')).toContain('The delegations meet');
    });

    it('will not write over a dataset', () => {
      const again = npmRun(cwd, 'new', ['mine']);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('mine already has a timeline.json; nothing written');
    });

    it('warns on a misspelt field with the closest known name', () => {
      const file = join(cwd, 'mine/timeline.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.events[0].lanee = data.events[0].lane;
      data.events[0].summry = 'x';
      writeFileSync(file, JSON.stringify(data));
      const v = npmRun(cwd, 'validate', ['mine/timeline.json']);
      expect(v.stdout).toContain(
        'warning events[0] (first-meeting).lanee: unknown field; did you mean "lane"?',
      );
      expect(v.stdout).toContain(
        'warning events[0] (first-meeting).summry: unknown field; did you mean "summary"?',
      );
    });

    it('fails, naming the path as given, when there is nothing there', () => {
      const v = npmRun(cwd, 'validate', ['nothing-here']);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain(`${join(cwd, 'nothing-here')}`);
    });
  },
);
