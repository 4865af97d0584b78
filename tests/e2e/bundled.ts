import { readFileSync } from 'node:fs';

/** The bundled dataset as the tests read it: expectations come from the data, not from memory. */
export const bundled = JSON.parse(readFileSync('data/timeline.json', 'utf8')) as {
  title: string;
  events: { id: string; title: string; start: string; lane: string }[];
};

export function titleOf(id: string, data: { events: { id: string; title: string }[] } = bundled) {
  const e = data.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event "${id}" in the dataset`);
  return e.title;
}
