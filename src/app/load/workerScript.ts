/**
 * Where the validation worker's script is, for this build. Each build swaps this module
 * (vite configs, `resolve.alias`): the site and the iframe embed use a worker chunk of their
 * own (this file); the web component, one ES module file, starts itself as the worker
 * (workerScript.self.ts); the single HTML file has none (workerScript.none.ts).
 */
import url from '../../worker/validationWorker?worker&url';

export const workerScript: { readonly url: string; readonly type: WorkerType } | null = {
  url,
  // The build bundles the worker into one classic script; the dev server serves it as an
  // ES module that imports its dependencies.
  type: import.meta.env.DEV ? 'module' : 'classic',
};
