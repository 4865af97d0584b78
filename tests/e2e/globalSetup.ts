import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../tooling/staticServer';
import { corruptDataset } from '../core/model/corrupt';

export const APP_PATH = '/some/sub/path/';

/** The policy the built app, the embed page and host pages must run under, with no violation. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * Serves dist/ from a sub-path (as a static host would) and the fixtures beside it; a second
 * origin serves the same files under the strict CSP.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/lib/diplomatic-timeline.js')) {
    throw new Error(
      'dist/ is missing or incomplete: run `npm run build` before `npm run test:e2e`',
    );
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error(
      "Chromium not found at /usr/bin/chromium: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH",
    );
  }
  writeGenerated(GENERATED);
  const mounts = { [APP_PATH]: 'dist', '/fixtures/': 'tests/fixtures', '/generated/': GENERATED };
  const plain = await startStaticServer(mounts);
  const strict = await startStaticServer(mounts, { 'content-security-policy': STRICT_CSP });
  project.provide('origin', plain.origin);
  project.provide('cspOrigin', strict.origin);
  return () =>
    Promise.all(
      [plain, strict].map(({ server }) => new Promise<void>((ok) => server.close(() => ok()))),
    ).then(() => undefined);
}

/** Generated data for the browser tests (git-ignored), served under /generated/. */
const GENERATED = 'test-results/generated';

/** A 20,000-event dataset with some 3,000 problems of every kind: big enough to show progress. */
function writeGenerated(dir: string) {
  const out = join(dir, 'corrupt-20000');
  if (existsSync(join(out, 'timeline.json'))) return;
  const { raw, texts } = corruptDataset(20_000, 11);
  mkdirSync(join(out, 'sources'), { recursive: true });
  for (const [file, text] of texts) writeFileSync(join(out, file), text);
  writeFileSync(join(out, 'timeline.json'), JSON.stringify(raw));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    cspOrigin: string;
  }
}
