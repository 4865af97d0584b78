import type { DatasetFiles } from '../model/datasetFiles';

/**
 * Reading and writing a dataset folder. In Chromium, the File System Access API: pick a
 * folder once, then "Save" writes back into it. Elsewhere, files picked through an input
 * (a folder, several files, or a .zip), and saving is a download.
 */

interface DirectoryPickerWindow {
  showDirectoryPicker?: (opts?: {
    mode?: 'read' | 'readwrite';
    id?: string;
  }) => Promise<FileSystemDirectoryHandle>;
}

type PermissionHandle = FileSystemDirectoryHandle & {
  queryPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
  entries?: () => AsyncIterable<[string, FileSystemHandle]>;
};

/** Whether this browser lets a page open a folder and write back into it. */
export const canPickFolder = (win: Window): boolean =>
  typeof (win as DirectoryPickerWindow).showDirectoryPicker === 'function';

/** Asks for a folder to read and write. Null when the curator cancels. */
export async function pickFolder(win: Window): Promise<FileSystemDirectoryHandle | null> {
  const pick = (win as DirectoryPickerWindow).showDirectoryPicker;
  if (!pick) return null;
  try {
    return await pick.call(win, { mode: 'readwrite', id: 'diplomatic-timeline' });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
}

/** The text files and JSON of a folder, up to two levels deep (the JSON and sources/). */
export async function readFolder(dir: FileSystemDirectoryHandle, depth = 2): Promise<DatasetFiles> {
  const out: DatasetFiles = {};
  const walk = async (d: PermissionHandle, prefix: string, left: number) => {
    if (!d.entries) return;
    for await (const [name, h] of d.entries()) {
      if (h.kind === 'file' && /\.(json|txt)$/i.test(name)) {
        out[prefix + name] = await (await (h as FileSystemFileHandle).getFile()).text();
      } else if (h.kind === 'directory' && left > 1 && !name.startsWith('.')) {
        await walk(h as PermissionHandle, `${prefix}${name}/`, left - 1);
      }
    }
  };
  await walk(dir as PermissionHandle, '', depth);
  return out;
}

/** Writes every file into the folder (making sub-folders as needed). Needs write permission. */
export async function writeFolder(
  dir: FileSystemDirectoryHandle,
  files: DatasetFiles,
): Promise<void> {
  const h = dir as PermissionHandle;
  if (h.queryPermission && (await h.queryPermission({ mode: 'readwrite' })) !== 'granted') {
    const granted = await h.requestPermission?.({ mode: 'readwrite' });
    if (granted !== 'granted') throw new Error('permission to write to the folder was refused');
  }
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let d = dir;
    for (const part of parts.slice(0, -1)) d = await d.getDirectoryHandle(part, { create: true });
    const file = await d.getFileHandle(parts[parts.length - 1]!, { create: true });
    const w = await file.createWritable();
    await w.write(text);
    await w.close();
  }
}

/**
 * Files picked through an <input type=file> (a folder with webkitdirectory, or loose files),
 * by their path inside the picked folder.
 */
export async function readPickedFiles(list: FileList | readonly File[]): Promise<DatasetFiles> {
  const files = [...list];
  const paths = files.map((f) => f.webkitRelativePath || f.name);
  // A picked folder's files are "folder/…": drop the folder's own name.
  const top = paths.every((p) => p.includes('/')) ? paths[0]!.split('/')[0] + '/' : '';
  const out: DatasetFiles = {};
  await Promise.all(
    files.map(async (f, i) => {
      const p = paths[i]!.startsWith(top) ? paths[i]!.slice(top.length) : paths[i]!;
      if (/\.(json|txt)$/i.test(p)) out[p] = await f.text();
      // Loose text files picked beside the JSON are the sources/ folder's.
      if (!top && /\.txt$/i.test(p)) out[`sources/${p}`] = out[p]!;
    }),
  );
  return out;
}

/** Hands bytes to the browser as a download. */
export function download(doc: Document, bytes: Uint8Array | string, name: string, type: string) {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
