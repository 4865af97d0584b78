import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );

describe('the desk’s layers', () => {
  it('desk/model is pure: no React, no zustand, no DOM, no storage', () => {
    const bad = files('src/desk/model').flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      return [
        ...imports
          .filter((i) => /^(react|react-dom|zustand|idb-keyval|fflate)(\/|$)/.test(i))
          .map((i) => `${f} imports ${i}`),
        ...(/\b(document|window|indexedDB|navigator)\./.test(src) ? [`${f} uses the DOM`] : []),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('nothing outside src/desk imports the desk but the entry’s dynamic import', () => {
    const bad = files('src')
      .filter((f) => !f.startsWith(join('src', 'desk')))
      .filter((f) => /from '[^']*\/desk[/']/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
    expect(readFileSync('src/main.tsx', 'utf8')).toMatch(/import\('\.\/desk\/index'\)/);
  });
});
