import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );

describe('layer rules', () => {
  it('core imports no React, no zustand, no DOM-touching d3, and names no document or window', () => {
    const bad = files('src/core').flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      return [
        ...imports
          .filter((i) => /^(react|react-dom|zustand|d3-selection|d3-zoom|d3-brush)(\/|$)/.test(i))
          .map((i) => `${f} imports ${i}`),
        ...(/\b(document|window)\./.test(src) ? [`${f} uses document/window`] : []),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('only behaviours/ touches the DOM with d3', () => {
    const bad = files('src')
      .filter((f) => !f.startsWith(join('src', 'behaviours')))
      .filter((f) => /from 'd3-(selection|zoom|brush)'/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('no store is created at module level', () => {
    const bad = files('src').filter((f) =>
      /^export const \w+ = (create|createStore)\(/m.test(readFileSync(f, 'utf8')),
    );
    expect(bad).toEqual([]);
  });
});
