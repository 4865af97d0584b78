import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project folder, where package.json is. */
export const repo = resolve(import.meta.dirname, '../..');

/** A fresh empty folder to stand in, outside the project. */
export const freshDir = (name = 'dt-cli-') => mkdtempSync(join(tmpdir(), name));

/**
 * Runs `npm run SCRIPT -- ARGS` as a user would from `cwd`, outside the project folder
 * (npm --prefix finds the project; paths on the command line are the user's).
 */
export function npmRun(cwd: string, script: string, args: string[] = []) {
  const r = spawnSync('npm', ['--prefix', repo, 'run', '--silent', script, '--', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: '', FORCE_COLOR: '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

/** Starts a long-running `npm run SCRIPT` and resolves with the first URL it prints. */
export function npmStart(cwd: string, script: string, args: string[] = []) {
  const child = spawn('npm', ['--prefix', repo, 'run', '--silent', script, '--', ...args], {
    cwd,
    detached: true,
    env: { ...process.env, INIT_CWD: '', FORCE_COLOR: '0' },
  });
  let output = '';
  const url = new Promise<string>((ok, no) => {
    const timer = setTimeout(() => no(new Error(`no URL printed:\n${output}`)), 30_000);
    const read = (d: Buffer) => {
      output += d.toString();
      const m = /http:\/\/\S+/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[0]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => no(new Error(`exited before printing a URL:\n${output}`)));
  });
  // The whole process group: npm, tsx and the server it started.
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { url, stop, output: () => output };
}
