import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { catalogueFiles } from './tooling/cataloguesPlugin.ts';
import { outDir } from './tooling/dataset.ts';

// The web component: one ES module with its CSS inside, and its types beside it.
export default defineConfig({
  plugins: [
    react(),
    catalogueFiles(),
    {
      // The shadow root adopts the whole stylesheet as one string (styles/index.css?inline);
      // the per-chunk style imports the site uses must not become a second file here.
      name: 'styles-inline-only',
      enforce: 'pre',
      resolveId: (id) => (/\.css$/.test(id) ? '\0no-css' : null),
      load: (id) => (id === '\0no-css' ? 'export {};' : null),
    },
    {
      name: 'ship-types',
      writeBundle() {
        mkdirSync(`${outDir()}/lib`, { recursive: true });
        copyFileSync(
          'src/embed/diplomatic-timeline.d.ts',
          `${outDir()}/lib/diplomatic-timeline.d.ts`,
        );
      },
    },
  ],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // One file: the component is its own validation worker (no second file, no blob: URL).
  // English inside the module, other languages as JSON files beside it (not chunks).
  resolve: {
    alias: [
      { find: /^\.\/workerScript$/, replacement: resolve('src/app/load/workerScript.self.ts') },
      {
        find: /^\.\/catalogueSource$/,
        replacement: resolve('src/app/i18n/catalogueSource.lib.ts'),
      },
    ],
  },
  build: {
    target: 'es2022',
    outDir: `${outDir()}/lib`,
    emptyOutDir: false,
    // Library mode keeps ES output readable unless told otherwise; this file ships to pages.
    minify: 'oxc',
    // One file: dynamic imports (the on-page loader) are inlined, not split into chunks.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
    copyPublicDir: false,
    lib: {
      entry: 'src/embed/define.ts',
      formats: ['es'],
      fileName: () => 'diplomatic-timeline.js',
    },
  },
});
