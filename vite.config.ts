import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cpSync } from 'node:fs';
import type { Plugin } from 'vite';
import { datasetDir, outDir } from './tooling/dataset.ts';
import { datasetPlugin } from './tooling/datasetPlugin.ts';

// Relative base: the built site works from any sub-path of any static host.
// Two pages: the full app and the iframe embed. The dataset (data/, or DT_DATA's folder:
// `npm run build -- --data DIR`) is embedded as the default and copied beside them with the
// examples, so `?data=`, the web component's default and `src`, and the host pages find them.
export default defineConfig({
  base: './',
  // The curator's desk is part of the site (its own chunk, loaded by ?edit).
  define: { __DESK__: 'true' },
  plugins: [
    react(),
    datasetPlugin(datasetDir(), { copy: true }),
    copyStatic([['examples', 'examples']]),
  ],
  build: {
    outDir: outDir(),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: { index: resolve('index.html'), embed: resolve('embed.html') },
      // The chunk both pages share is the app itself (the bundler would name it after its first module).
      // Catalogues are named for their language: words-fr-…js, and the desk's words-desk-fr-…js.
      output: {
        chunkFileNames: (c) => {
          const words = /src\/(core|desk)\/i18n\/(?:catalogues\/)?([a-z]{2,3})\.ts$/.exec(
            c.facadeModuleId ?? '',
          );
          if (words)
            return `assets/words-${words[1] === 'desk' ? 'desk-' : ''}${words[2]}-[hash].js`;
          return c.name === 'styles' ? 'assets/app-[hash].js' : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});

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
