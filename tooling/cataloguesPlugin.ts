import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

const DIR = resolve('src/core/i18n/catalogues');

/**
 * For the web component (one ES module): writes each language but English, which the module
 * carries, as `locales/xx.json` beside it, fetched when an element asks for that language
 * (src/app/i18n/catalogueSource.lib.ts).
 */
export function catalogueFiles(): Plugin {
  return {
    name: 'catalogue-files',
    apply: 'build',
    async generateBundle() {
      for (const file of readdirSync(DIR).filter((f) => /^[a-z]{2,3}\.ts$/.test(f))) {
        const locale = basename(file, '.ts');
        if (locale === 'en') continue;
        // The catalogues are TypeScript: tsx loads them as the CLIs are loaded.
        const mod = (await tsImport(pathToFileURL(resolve(DIR, file)).href, import.meta.url)) as {
          default: unknown;
        };
        this.emitFile({
          type: 'asset',
          fileName: `locales/${locale}.json`,
          source: JSON.stringify(mod.default),
        });
      }
    },
  };
}
