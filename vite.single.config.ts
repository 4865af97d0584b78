import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { datasetDir, outDir } from './tooling/dataset.ts';
import { datasetPlugin } from './tooling/datasetPlugin.ts';

// One self-contained HTML file: JS, CSS, dataset and source texts inlined; opens from disk.
export default defineConfig({
  base: './',
  // One file opened from disk is for reading: it does not carry the curator's desk.
  define: { __DESK__: 'false' },
  plugins: [react(), datasetPlugin(datasetDir()), viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    target: 'es2022',
    outDir: `${outDir()}/single`,
    emptyOutDir: true,
    copyPublicDir: false,
    chunkSizeWarningLimit: 2000,
  },
});
