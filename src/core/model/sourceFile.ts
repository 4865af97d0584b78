/**
 * The path inside the folder that a source's `file` names. `file` is a URL relative to the
 * JSON, as the app reads it, so "sources/notes%232.txt" is the file sources/notes#2.txt and
 * "sources/a%20b.txt" the same file as "sources/a b.txt". Null for what is not inside the
 * folder ("../x", "/etc/x", "https://…"): only paths inside it are read, written or
 * shipped. The desk and the build both go by it.
 */
export function folderPath(file: string): string | null {
  const base = 'file:///folder/';
  let url: URL;
  try {
    url = new URL(file, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:' || !url.href.startsWith(base)) return null;
  try {
    return decodeURIComponent(url.pathname.slice('/folder/'.length));
  } catch {
    return null; // a "%" that starts no escape: the app cannot ask for it either
  }
}
