/**
 * The web component is one ES module file: the same file, loaded as a module worker, serves
 * validation (see embed/define.ts). Same-origin only, as workers are; a component loaded
 * from another origin validates on the main thread instead.
 */
export const workerScript: { readonly url: string; readonly type: WorkerType } | null = {
  url: import.meta.url,
  type: 'module',
};
