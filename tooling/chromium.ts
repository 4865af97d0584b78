import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Chromium flags that work on this machine (no network beyond the package registries). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (never a downloaded one), or CHROMIUM_PATH. */
export const launchChromium = (extra: LaunchOptions = {}): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...extra,
    args: [...FLAGS, ...(extra.args ?? [])],
  });
