import { join, relative, resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
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
    // What each chunk holds, for the first-paint budget (scripts/payloadBudget.ts).
    chunkMap(),
    datasetPlugin(datasetDir(), { copy: true }),
    copyStatic([['examples', 'examples']]),
  ],
  build: {
    outDir: outDir(),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: resolve('index.html'), embed: resolve('embed.html') },
      // The bundler names a shared chunk after its first module; these are the start-up code
      // (loading, with the worker) and the app itself. Catalogues are named for their
      // language: words-fr-…js, and the desk's words-desk-fr-…js.
      output: {
        chunkFileNames: (c) => {
          const words = /src\/(core|desk)\/i18n\/(?:catalogues\/)?([a-z]{2,3})\.ts$/.exec(
            c.facadeModuleId ?? '',
          );
          if (words)
            return `assets/words-${words[1] === 'desk' ? 'desk-' : ''}${words[2]}-[hash].js`;
          if (c.name === 'firstPaint') return 'assets/boot-[hash].js';
          return c.name === 'App' ? 'assets/app-[hash].js' : 'assets/[name]-[hash].js';
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

/** One output chunk: its file, what it is made of, and what it loads. */
export interface ChunkInfo {
  readonly file: string;
  readonly name: string;
  readonly isEntry: boolean;
  /** Source modules in it, relative to the project (node_modules/… for dependencies). */
  readonly modules: readonly string[];
  /** Chunks it imports statically (loaded with it) and dynamically (loaded when asked). */
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** CSS files the chunk brings with it. */
  readonly css: readonly string[];
}

/**
 * Writes `<outDir>/.vite/chunks.json`: every chunk of the build with its modules and imports,
 * for scripts/payloadBudget.ts to tell what first paint loads.
 */
export function chunkMap(file = 'chunks.json'): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'chunk-map',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
      root = c.root;
    },
    generateBundle(_, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks.push({
          file: out.fileName,
          name: out.name,
          isEntry: out.isEntry,
          modules: out.moduleIds
            .filter((id) => !id.startsWith('\0'))
            .map((id) =>
              relative(root, id.replace(/\?.*$/, '')).replace(/^.*node_modules\//, 'node_modules/'),
            ),
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          css: [...(out.viteMetadata?.importedCss ?? [])],
        });
      }
      mkdirSync(join(outDir, '.vite'), { recursive: true });
      writeFileSync(join(outDir, '.vite', file), JSON.stringify(chunks, null, 1));
    },
  };
}
