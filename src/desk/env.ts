import type { DraftStorage } from './persist/draftStorage';

/** Where the desk's draft comes from, and so which draft in the browser's storage is its. */
export interface DeskTarget {
  /** The key its draft is kept under. */
  readonly key: string;
  readonly origin: 'bundled' | 'url' | 'local' | 'folder';
  /** For 'url': the dataset's address. */
  readonly url?: string;
}

/** What the desk needs from the page around it, passed in rather than reached for. */
export interface DeskEnv {
  readonly win: Window;
  readonly storage: DraftStorage;
}

/** Which dataset the draft is, and where it is saved. */
export interface DeskPlace {
  /** The draft's key; changes when another dataset is opened or a new one started. */
  readonly target: DeskTarget;
  /** The folder the draft is saved to (File System Access), once there is one. */
  readonly folder: FileSystemDirectoryHandle | null;
  /** The JSON file's name in that folder. */
  readonly jsonName: string;
}

/** `?edit` (the bundled data or `?data=`), or `?edit=KEY` for a draft started here. */
export function targetFromLocation(location: { href: string }): DeskTarget {
  const url = new URL(location.href);
  const edit = url.searchParams.get('edit') ?? '';
  const data = url.searchParams.get('data');
  if (edit.startsWith('local:')) return { key: edit, origin: 'local' };
  if (edit.startsWith('folder:')) return { key: edit, origin: 'folder' };
  if (data) {
    const href = new URL(data, url).href;
    return { key: `url:${href}`, origin: 'url', url: href };
  }
  return { key: 'bundled', origin: 'bundled' };
}

/** The page's address for a draft: `?edit=KEY` (so a reload finds it), or plain `?edit`. */
export function hrefForTarget(location: { href: string }, target: DeskTarget): string {
  const url = new URL(location.href);
  url.search = '';
  if (target.origin === 'url' && target.url) url.searchParams.set('data', target.url);
  url.searchParams.set(
    'edit',
    target.origin === 'local' || target.origin === 'folder' ? target.key : '',
  );
  return url.href.replace(/edit=$/, 'edit');
}
