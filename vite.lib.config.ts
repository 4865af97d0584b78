import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { outDir } from './tooling/dataset.ts';

// The web component: one ES module with its CSS inside, and its types beside it.
export default defineConfig({
  plugins: [
    react(),
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
