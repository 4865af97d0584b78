import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { readDataset, sourcePath } from './dataset.ts';

const ID = 'virtual:dt-dataset';
const RESOLVED = `\0${ID}`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Embeds a dataset folder as the build's default: `virtual:dt-dataset` exports its JSON and
 * source texts; the page title names it; and the folder (JSON, its source files, and the
 * JSON Schema) is copied to `<outDir>/data/` for `?data=`, the web component and the examples.
 */
export function datasetPlugin(folder: string, opts: { copy?: boolean } = {}): Plugin {
  let outDir = 'dist';
  return {
    name: 'dt-dataset',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const d = readDataset(folder);
      this.addWatchFile(d.jsonPath);
      return `export default ${JSON.stringify({ raw: d.raw, texts: Object.fromEntries(d.texts) })};`;
    },
    transformIndexHtml(html) {
      const { title } = readDataset(folder);
      return title
        ? html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
        : html;
    },
    writeBundle() {
      if (!opts.copy) return;
      const d = readDataset(folder);
      const data = join(outDir, 'data');
      mkdirSync(data, { recursive: true });
      // The schema is copied beside it, so its "$schema" points there.
      const json = readFileSync(d.jsonPath, 'utf8').replace(
        /("\$schema"\s*:\s*)"[^"]*"/,
        '$1"timeline.schema.json"',
      );
      writeFileSync(join(data, 'timeline.json'), json);
      cpSync('data/timeline.schema.json', join(data, 'timeline.schema.json'));
      for (const [file, text] of d.texts) {
        // Where the browser will ask for it: the file's own name on disk, beside the JSON.
        const to = join(data, relative(d.dir, sourcePath(d.jsonPath, file)!));
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, text);
      }
    },
  };
}
