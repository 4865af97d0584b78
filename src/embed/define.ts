import { serveValidation } from '../worker/serveValidation';
import { DiplomaticTimelineElement } from './TimelineElement';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

// This one file is also the component's validation worker (see app/load/workerScript.self.ts):
// loaded as a worker, it serves validation and defines nothing.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  serveValidation(self as unknown as Parameters<typeof serveValidation>[0]);
} else if (!customElements.get('diplomatic-timeline')) {
  /** Defines <diplomatic-timeline> once, even if this module is loaded twice. */
  customElements.define('diplomatic-timeline', DiplomaticTimelineElement);
}

export { DiplomaticTimelineElement };
