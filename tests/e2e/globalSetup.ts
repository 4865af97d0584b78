import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer';

export const APP_PATH = '/some/sub/path/';

/** Serves dist/ from a sub-path (as a static host would) and the fixtures beside it. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error('Chromium not found at /usr/bin/chromium: install Debian\'s package (apt-get install chromium) or set CHROMIUM_PATH');
  }
  const { server, origin } = await startStaticServer({ [APP_PATH]: 'dist', '/fixtures/': 'tests/fixtures' });
  project.provide('origin', origin);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
