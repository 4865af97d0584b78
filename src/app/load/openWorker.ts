import { workerScript } from './workerScript';

/** The parts of the Trusted Types API used here (lib.dom does not declare it yet). */
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

/** The policy name a host page's CSP must allow (`trusted-types`) if it restricts names. */
export const WORKER_POLICY = 'diplomatic-timeline-worker';

let policy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * The worker script's URL as the page requires it: under `require-trusted-types-for
 * 'script'` a worker URL must be a TrustedScriptURL, from a policy that lets through this one
 * URL and nothing else. Null when the page forbids making the policy.
 */
function scriptUrl(url: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!tt) return url;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(WORKER_POLICY, {
        createScriptURL: (u) => {
          if (u !== workerScript?.url) throw new TypeError(`not the validation worker: ${u}`);
          return u;
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScriptURL(url) : null;
}

/**
 * A new validation worker, or null where none can be made here: no worker script in this
 * build, no Worker, a policy that forbids it, or a script on another origin. (A worker the
 * CSP blocks fails later, with an error event: loadInWorker falls back then.)
 */
export function openWorker(): Worker | null {
  if (!workerScript || typeof Worker === 'undefined') return null;
  try {
    const url = scriptUrl(workerScript.url);
    if (url === null) return null;
    return new Worker(url as string, { type: workerScript.type, name: 'validation' });
  } catch {
    return null;
  }
}
