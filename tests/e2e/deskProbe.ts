import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';

/** Selects source text [start, end) in the open reader, as a mouse drag would. */
export function selectInReader(page: Page, start: number, end: number) {
  return page.evaluate(
    ([start, end]) => {
      const hosts = [...document.querySelectorAll<HTMLElement>('.reader-text [data-at]')];
      const point = (off: number): [Node, number] => {
        for (const h of hosts) {
          const at = Number(h.dataset.at);
          const t = h.firstChild as Text;
          if (off >= at && off <= at + t.length) return [t, off - at];
        }
        throw new Error(`no text at ${off}`);
      };
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [start, end] as const,
  );
}

/** The files of a downloaded .zip, written out to a fresh folder; returns the folder. */
export function unzipToFolder(bytes: Uint8Array): { dir: string; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-download-'));
  const files: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
    files[path] = strFromU8(data);
  }
  return { dir, files };
}

/** Files (path → text) written out to a fresh folder. */
export function writeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-folder-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** `npm run validate` on a dataset file, as a curator would run it: its output and exit code. */
export async function runValidator(jsonPath: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/validate.ts', jsonPath]);
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { code: err.code ?? 1, out: err.stdout ?? String(e) };
  }
}

/**
 * A stand-in for the File System Access API's folder picker (Playwright cannot drive the
 * real one): an in-memory folder holding `files`, readable and writable through the same
 * handle methods the desk uses. What the page writes ends up in `window.__folder`.
 */
export function fakeFolderPicker(initial: Record<string, string>) {
  {
    const store: Record<string, string> = { ...initial };
    (window as unknown as { __folder: Record<string, string> }).__folder = store;
    const dirHandle = (prefix: string, name: string): unknown => ({
      kind: 'directory',
      name,
      async *entries() {
        const seen = new Set<string>();
        for (const p of Object.keys(store)) {
          if (!p.startsWith(prefix)) continue;
          const rest = p.slice(prefix.length);
          const head = rest.split('/')[0]!;
          if (seen.has(head)) continue;
          seen.add(head);
          yield [
            head,
            rest.includes('/')
              ? dirHandle(`${prefix}${head}/`, head)
              : fileHandle(`${prefix}${head}`, head),
          ];
        }
      },
      async getDirectoryHandle(n: string) {
        return dirHandle(`${prefix}${n}/`, n);
      },
      async getFileHandle(n: string) {
        return fileHandle(`${prefix}${n}`, n);
      },
    });
    const fileHandle = (path: string, name: string) => ({
      kind: 'file',
      name,
      async getFile() {
        return new File([store[path] ?? ''], name);
      },
      async createWritable() {
        let text = '';
        return {
          async write(s: string) {
            text += s;
          },
          async close() {
            store[path] = text;
          },
        };
      },
    });
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker =
      async () => dirHandle('', 'my-dataset');
  }
}
