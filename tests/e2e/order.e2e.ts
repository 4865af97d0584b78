import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launch, openPage, type Browser } from './browser';
import { bundled } from './bundled';

/**
 * The bundled data's 10 January: the talks began at 08:55, and the statements about them
 * (events that day naming a person who took part) came after. The reader must meet them in
 * that order, on the axis and in the list.
 */
const TALKS = 'geneva-talks-begin';
type Event = { id: string; start: string; actors?: string[] };
const events = bundled.events as Event[];
const talks = events.find((e) => e.id === TALKS)!;
const people = new Set(
  (bundled as unknown as { actors: { id: string; kind: string }[] }).actors
    .filter((a) => a.kind === 'person')
    .map((a) => a.id),
);
const reactions = events
  .filter((e) => e.id !== TALKS && e.start.startsWith('2022-01-10'))
  .filter((e) => (e.actors ?? []).some((a) => people.has(a) && talks.actors?.includes(a)))
  .map((e) => e.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('10 January 2022 in the bundled data', () => {
  it('has the talks and the reactions to them', () => {
    expect(talks.start.startsWith('2022-01-10T')).toBe(true);
    expect(reactions.length).toBeGreaterThanOrEqual(2);
  });

  it('draws the talks left of every reaction on the axis', async () => {
    const { page, close } = await openPage(browser, appUrl('?window=2022-01-10/2022-01-10'));
    const x = (id: string) =>
      page
        .locator(`.tl-plot [data-event-id="${id}"]`)
        .evaluate((el) => el.getBoundingClientRect().left);
    const at = await x(TALKS);
    for (const id of reactions) expect(await x(id), id).toBeGreaterThan(at);
    await close();
  });

  it('lists the talks before every reaction', async () => {
    const { page, close } = await openPage(browser, appUrl('?mode=list'));
    const day = page.getByRole('region', { name: '10 January 2022' });
    const order = await day
      .locator('.event-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event-id')!));
    for (const id of reactions) expect(order.indexOf(id), id).toBeGreaterThan(order.indexOf(TALKS));
    expect(order.indexOf(TALKS)).toBeGreaterThanOrEqual(0);
    await close();
  });
});
