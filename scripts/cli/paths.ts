/**
 * Paths on the command line mean what they mean where the user stands. `npm run` starts
 * scripts in the project folder, but says where it was called from in INIT_CWD.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own folder (where package.json is). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The folder the user ran the command from. */
export const userCwd = () => process.env.INIT_CWD || process.cwd();

/** A path from the command line, made absolute against the user's folder. */
export const userPath = (p: string) => resolve(userCwd(), p);

/** A path as the user would type it: relative to where they stand when that is shorter. */
export function shown(abs: string): string {
  const rel = relative(userCwd(), abs);
  return rel && !rel.startsWith('..') ? rel : rel.split('/').length <= 3 ? rel : abs;
}

/** A dataset given as a folder (its timeline.json) or a JSON file, absolute. */
export function datasetFile(p: string): string {
  const abs = userPath(p);
  return existsSync(abs) && statSync(abs).isDirectory() ? join(abs, 'timeline.json') : abs;
}

/** Prints a message for the user and exits with a failure code. */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}
