import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../tooling/chromium';

export const launch = (): Promise<Browser> => launchChromium();

export const appUrl = (query = '') => `${inject('origin')}/some/sub/path/${query}`;
export const fixtureUrl = (path: string) => `${inject('origin')}/fixtures/${path}`;

/** Console errors and uncaught exceptions of a page, as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** A page that records console errors and uncaught exceptions, for "no errors" assertions. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector('[data-timeline][data-ready="true"]', { timeout: 20_000 });
  return { page, errors, close: () => context.close() };
}

export type { Browser, Page };
