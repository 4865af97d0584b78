import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewSheet } from '../../scripts/reviewSheet';

describe('data/REVIEW.md', () => {
  it('is what `npm run review` writes for the bundled data now (run it after changing the data)', async () => {
    const { markdown } = await reviewSheet('data/timeline.json');
    expect(readFileSync('data/REVIEW.md', 'utf8')).toBe(markdown);
  });
});
