import type { Citation, Lane, Source, TimelineEventData } from '../../core';

/**
 * The desk's working copy of a dataset: the JSON as it will be written (plain data, never
 * a validated Timeline), and the source texts by their `file` path. Everything the desk
 * changes is a new Draft; the old one stays untouched for undo.
 */
export interface Draft {
  readonly data: DraftData;
  /** Source texts by `file` ("sources/NAME.txt"). */
  readonly texts: Readonly<Record<string, string>>;
}

/** An actor as the contract has it, with the optional office and aliases. */
export interface DraftActor {
  readonly id: string;
  readonly name: string;
  readonly kind: 'state' | 'organization' | 'person';
  readonly office?: string;
  readonly aliases?: readonly string[];
}

export type DraftEvent = TimelineEventData;
export type DraftCitation = Citation;

/**
 * The dataset JSON. Fields the desk does not edit (chapters, view, $schema, anything a
 * newer contract adds) ride along untouched in `rest`-style spread.
 */
export interface DraftData {
  readonly [key: string]: unknown;
  readonly title: string;
  readonly description?: string;
  readonly lanes: readonly Lane[];
  readonly actors?: readonly DraftActor[];
  readonly sources: readonly Source[];
  readonly events: readonly DraftEvent[];
}

/** A dataset with nothing in it yet but a title and one lane (the contract needs a lane). */
export function blankDraft(title = 'Untitled timeline', laneLabel = 'Main'): Draft {
  return {
    data: {
      title,
      lanes: [{ id: 'main', label: laneLabel }],
      actors: [],
      sources: [],
      events: [],
    },
    texts: {},
  };
}
