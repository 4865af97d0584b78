import { createStore } from 'zustand/vanilla';
import type { DeskPlace } from '../env';
import type { Draft } from '../model/draft';

/** How long typing into one field stays one step of undo. */
export const COALESCE_MS = 1200;
/** Steps kept for undo. */
const HISTORY = 200;

export interface DeskState {
  /** The working copy. */
  readonly draft: Draft;
  /** Drafts before this one (most recent last) and after it, for undo and redo. */
  readonly past: readonly Draft[];
  readonly future: readonly Draft[];
  /** Which dataset this is and where it is saved. */
  readonly place: DeskPlace;
  /** The event open in the editor. */
  readonly editingId: string | null;
  /** Changes since the last save or download, for "unsaved changes". */
  readonly dirty: boolean;
  /** Whether the draft came back from the browser's storage (a reload or a crash). */
  readonly restored: boolean;
  /**
   * Makes a change. Changes with the same `coalesce` key within COALESCE_MS of each other
   * (typing in one field) are one step of undo.
   */
  apply(change: (d: Draft) => Draft, opts?: { coalesce?: string; editing?: string | null }): void;
  undo(): void;
  redo(): void;
  edit(id: string | null): void;
  /** Starts over on another draft (opened, restored): no history. */
  reset(draft: Draft, opts?: { restored?: boolean; dirty?: boolean }): void;
  markSaved(): void;
  setPlace(place: Partial<DeskPlace>): void;
}

export type DeskStore = ReturnType<typeof createDeskStore>;

/** One desk per page at most, but made per instance all the same (never at module level). */
export function createDeskStore(
  draft: Draft,
  now: () => number = Date.now,
  place: DeskPlace = {
    target: { key: 'bundled', origin: 'bundled' },
    folder: null,
    jsonName: 'timeline.json',
  },
) {
  let lastKey: string | null = null;
  let lastAt = 0;
  return createStore<DeskState>()((set, get) => ({
    draft,
    past: [],
    future: [],
    place,
    editingId: null,
    dirty: false,
    restored: false,
    apply: (change, opts = {}) => {
      const s = get();
      const next = change(s.draft);
      const editingId = opts.editing !== undefined ? opts.editing : s.editingId;
      if (next === s.draft) {
        if (editingId !== s.editingId) set({ editingId });
        return;
      }
      const t = now();
      const merge =
        opts.coalesce !== undefined && opts.coalesce === lastKey && t - lastAt < COALESCE_MS;
      lastKey = opts.coalesce ?? null;
      lastAt = t;
      set({
        draft: next,
        past: merge ? s.past : [...s.past, s.draft].slice(-HISTORY),
        future: [],
        editingId,
        dirty: true,
      });
    },
    undo: () => {
      const s = get();
      const prev = s.past[s.past.length - 1];
      if (!prev) return;
      lastKey = null;
      set({
        draft: prev,
        past: s.past.slice(0, -1),
        future: [s.draft, ...s.future],
        editingId: keepEditing(prev, s.editingId),
        dirty: true,
      });
    },
    redo: () => {
      const s = get();
      const next = s.future[0];
      if (!next) return;
      lastKey = null;
      set({
        draft: next,
        past: [...s.past, s.draft],
        future: s.future.slice(1),
        editingId: keepEditing(next, s.editingId),
        dirty: true,
      });
    },
    edit: (editingId) => {
      lastKey = null;
      set({ editingId });
    },
    reset: (d, opts = {}) => {
      lastKey = null;
      set({
        draft: d,
        past: [],
        future: [],
        editingId: null,
        restored: opts.restored ?? false,
        dirty: opts.dirty ?? false,
      });
    },
    markSaved: () => set({ dirty: false }),
    setPlace: (p) => set((s) => ({ place: { ...s.place, ...p } })),
  }));
}

/** The event stays open across undo/redo while it exists; otherwise the editor closes. */
function keepEditing(d: Draft, id: string | null): string | null {
  return id && d.data.events.some((e) => e.id === id) ? id : null;
}
