/**
 * Types for <diplomatic-timeline>, shipped beside dist/lib/diplomatic-timeline.js.
 *   import type {} from 'path/to/diplomatic-timeline';  // or a triple-slash reference
 */

/** One problem found in a dataset, by place: `events[3] (id).start`. */
export interface TimelineProblem {
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
}

/** A validated event, as `timeline-select` hands it over. */
export interface TimelineEventDetail {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end?: string;
  readonly lane: string;
  /** Sentences, each ending with markers `[n]`: 1-based indexes into `citations`. */
  readonly summary: string;
  /** "uncited": a draft with no passages yet; its summary carries no markers. */
  readonly status?: 'uncited';
  readonly approximate?: boolean;
  readonly disputed?: string;
  readonly background?: boolean;
  readonly actors?: readonly string[];
  readonly citations: readonly { readonly source: string; readonly quote: string }[];
}

export interface DiplomaticTimelineAttributes {
  /** URL of a dataset (timeline.json); its source files resolve relative to it. */
  src?: string;
  /** The visible window, `2022-01-08/2022-01-14` (dates or `YYYY-MM-DDTHH:MM`). */
  view?: string;
  /** The selected event's id. */
  event?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** A CSS height (`600` means 600px); the element scrolls inside it. Default: its content. */
  height?: string;
}

export interface DiplomaticTimelineEventMap {
  'timeline-ready': CustomEvent<{ events: number; problems: readonly TimelineProblem[] }>;
  'timeline-select': CustomEvent<{ event: TimelineEventDetail | null }>;
  'timeline-error': CustomEvent<{ problems: readonly TimelineProblem[] }>;
}

export declare class DiplomaticTimelineElement extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** A dataset object to show instead of `src`. */
  data: unknown;
  addEventListener<K extends keyof DiplomaticTimelineEventMap>(
    type: K,
    listener: (this: DiplomaticTimelineElement, ev: DiplomaticTimelineEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof DiplomaticTimelineEventMap>(
    type: K,
    listener: (this: DiplomaticTimelineElement, ev: DiplomaticTimelineEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'diplomatic-timeline': DiplomaticTimelineElement;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the event map in
  interface HTMLElementEventMap extends DiplomaticTimelineEventMap {}
}

/** For React hosts: <diplomatic-timeline src="…" theme="dark" /> type-checks in TSX. */
type ReactProps = DiplomaticTimelineAttributes & {
  ref?: unknown;
  key?: string | number;
  class?: string;
  className?: string;
  style?: unknown;
  id?: string;
  children?: unknown;
  /** React 19 adds `on…` props of custom elements as listeners for that event name. */
  'ontimeline-ready'?: (e: DiplomaticTimelineEventMap['timeline-ready']) => void;
  'ontimeline-select'?: (e: DiplomaticTimelineEventMap['timeline-select']) => void;
  'ontimeline-error'?: (e: DiplomaticTimelineEventMap['timeline-error']) => void;
};
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'diplomatic-timeline': ReactProps;
    }
  }
}
