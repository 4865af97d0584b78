import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const BASELINES = 'tests/e2e/snapshots';
const OUT = 'test-results/visual';

/**
 * Compares a screenshot with its committed baseline (tests/e2e/snapshots/NAME.png) by
 * pixelmatch, allowing `maxDiff` of the pixels to differ (antialiasing). On a mismatch it
 * writes NAME-actual.png and NAME-diff.png to test-results/visual/ (git-ignored) and fails.
 * A baseline changes only by a reviewed commit: `UPDATE_SNAPSHOTS=1` writes new or changed
 * ones on a developer's machine, and is refused in CI.
 */
export function matchSnapshot(name: string, png: Buffer, maxDiff = 0.0005): void {
  const file = join(BASELINES, `${name}.png`);
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  if (update && process.env.CI)
    throw new Error('UPDATE_SNAPSHOTS=1 is refused in CI: a changed baseline is a reviewed commit');
  if (!existsSync(file)) {
    if (update) return write(file, png);
    save(name, png);
    throw new Error(
      `no baseline ${file}; look at ${OUT}/${name}-actual.png and, if it is right, ` +
        'write it with UPDATE_SNAPSHOTS=1 npm run test:e2e -- visual, and commit it',
    );
  }
  const want = PNG.sync.read(readFileSync(file));
  const got = PNG.sync.read(png);
  if (want.width !== got.width || want.height !== got.height) {
    if (update) return write(file, png);
    save(name, png);
    throw new Error(
      `${name}: ${got.width}×${got.height} px, baseline ${want.width}×${want.height} px (${OUT}/${name}-actual.png)`,
    );
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const n = pixelmatch(want.data, got.data, diff.data, got.width, got.height, { threshold: 0.1 });
  const share = n / (got.width * got.height);
  // Updating rewrites any baseline that is not the same picture, however small the change.
  if (update) return n > 0 ? write(file, png) : undefined;
  if (share <= maxDiff) return;
  save(name, png, PNG.sync.write(diff));
  throw new Error(
    `${name}: ${n} px (${(share * 100).toFixed(2)}%) differ from the baseline, more than ${(maxDiff * 100).toFixed(2)}%; see ${OUT}/${name}-diff.png and -actual.png`,
  );
}

function write(file: string, png: Buffer) {
  mkdirSync(BASELINES, { recursive: true });
  writeFileSync(file, png);
}

function save(name: string, actual: Buffer, diff?: Buffer) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}-actual.png`), actual);
  if (diff) writeFileSync(join(OUT, `${name}-diff.png`), diff);
}
