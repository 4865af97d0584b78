import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../tooling/staticServer';

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
  const plain = await startStaticServer({ [APP_PATH]: 'dist', '/fixtures/': 'tests/fixtures' });
  const strict = await startStaticServer(
    { [APP_PATH]: 'dist', '/fixtures/': 'tests/fixtures' },
    { 'content-security-policy': STRICT_CSP },
  );
  project.provide('origin', plain.origin);
  project.provide('cspOrigin', strict.origin);
  return () =>
    Promise.all(
      [plain, strict].map(({ server }) => new Promise<void>((ok) => server.close(() => ok()))),
    ).then(() => undefined);
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    cspOrigin: string;
  }
}
