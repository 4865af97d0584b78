import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Copies files or folders into the build output after it is written. */
export function copyStatic(pairs: readonly (readonly [from: string, to: string])[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'copy-static',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    writeBundle() {
      for (const [from, to] of pairs) cpSync(from, join(outDir, to), { recursive: true });
    },
  };
}
