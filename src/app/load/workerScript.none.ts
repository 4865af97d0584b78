/**
 * The single HTML file opened from disk: a worker script would need a file beside it (or a
 * blob: URL its strict policy forbids), and its data is the bundled dataset anyway.
 */
export const workerScript: { readonly url: string; readonly type: WorkerType } | null = null;
