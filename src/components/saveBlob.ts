/** Hands a file to the browser's downloads: a blob link clicked once, then let go. */
export function saveBlob(doc: Document, name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
