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
  // English inside the module, other languages as JSON files beside it (not chunks).
  resolve: {
    alias: [
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
    rolldownOptions: { output: { minify: true } },
    copyPublicDir: false,
    lib: {
      entry: 'src/embed/define.ts',
      formats: ['es'],
      fileName: () => 'diplomatic-timeline.js',
    },
  },
});
