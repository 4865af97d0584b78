import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// One self-contained HTML file: JS, CSS, dataset and source texts inlined; opens from disk.
export default defineConfig({
  base: './',
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true })],
  // From disk there is no worker script to load: loading stays on the page, in slices.
  resolve: {
    alias: [
      { find: /^\.\/workerScript$/, replacement: resolve('src/app/load/workerScript.none.ts') },
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist/single',
    emptyOutDir: true,
    copyPublicDir: false,
    chunkSizeWarningLimit: 2000,
  },
});
