import { describe, expect, it } from 'vitest';
import { addEvent, updateEvent } from '../../../src/desk/model/edits';
import { blankDraft } from '../../../src/desk/model/draft';
import { COALESCE_MS, createDeskStore } from '../../../src/desk/state/createDeskStore';

function setup() {
  let t = 0;
  const store = createDeskStore(blankDraft(), () => t);
  const tick = (ms: number) => (t += ms);
  let id = '';
  store.getState().apply((d) => {
    const r = addEvent(d);
    id = r.id;
    return r.draft;
  });
  const title = () => store.getState().draft.data.events.find((e) => e.id === id)?.title;
  const type = (s: string) =>
    store.getState().apply((d) => updateEvent(d, id, { title: s }), { coalesce: `${id}.title` });
  return { store, tick, id, title, type };
}

describe('the desk store: every change can be undone and redone', () => {
  it('undoes and redoes a change, and a new change clears what could be redone', () => {
    const { store, title, type, tick } = setup();
    type('Talks');
    tick(COALESCE_MS + 1);
    type('Talks begin');
    store.getState().undo();
    expect(title()).toBe('Talks');
    store.getState().redo();
    expect(title()).toBe('Talks begin');
    store.getState().undo();
    tick(COALESCE_MS + 1);
    type('Talks end');
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(title()).toBe('Talks end');
  });

  it('makes typing into one field one step, but not typing after a pause or in another field', () => {
    const { store, title, type, tick, id } = setup();
    type('T');
    tick(100);
    type('Ta');
    tick(100);
    type('Tal');
    store.getState().undo();
    expect(title()).toBe('');
    store.getState().redo();
    tick(100);
    store
      .getState()
      .apply((d) => updateEvent(d, id, { summary: 'x' }), { coalesce: `${id}.summary` });
    store.getState().undo();
    expect(title()).toBe('Tal');
  });

  it('undoing the event’s creation closes it in the editor; redo brings it back', () => {
    const { store, id } = setup();
    store.getState().edit(id);
    store.getState().undo();
    expect(store.getState().draft.data.events).toEqual([]);
    expect(store.getState().editingId).toBeNull();
    store.getState().redo();
    expect(store.getState().draft.data.events.map((e) => e.id)).toEqual([id]);
  });

  it('leaves the old draft untouched (undo relies on it)', () => {
    const { store, type } = setup();
    const before = store.getState().draft;
    const json = JSON.stringify(before);
    type('Changed');
    expect(JSON.stringify(before)).toBe(json);
  });
});
