import { writeFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { appUrl, launch, openPage, type Browser, type Page } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The events the list view shows now (the same filtered set), with their quotes. */
async function shownEvents(page: Page) {
  await page.getByRole('button', { name: /^(List|Liste|القائمة)$/ }).click();
  await page.waitForSelector('.event-list');
  return page.$$eval('.event-list article[data-event-id]', (cards) =>
    cards.map((c) => ({
      id: (c as HTMLElement).dataset.eventId!,
      title: c.querySelector('.event-title')!.textContent!,
      quotes: [...c.querySelectorAll('.citation .quote')].map((q) => q.textContent!),
      // A reference's passages: the curator's summary of the record, and the card's label for it.
      summaries: [...c.querySelectorAll('.citation .quote.summary')].map((q) => q.textContent!),
      labels: [...c.querySelectorAll('.citation .citation-kind')].map((q) => q.textContent!),
      articleQuotes: c.querySelectorAll('.citation blockquote').length,
    })),
  );
}

/** Controls a reader could see in the page as printed. */
const visibleControls = (page: Page) =>
  page.evaluate(() => {
    const all = (root: Document | ShadowRoot): Element[] => [
      ...root.querySelectorAll('button, input, select, textarea, summary, [role="button"]'),
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? all(el.shadowRoot) : [])),
    ];
    return all(document)
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.outerHTML.slice(0, 80));
  });

/** The pages of a PDF: its page objects (not the page tree). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('printing gives the chronology', () => {
  for (const [lang, query] of [
    ['en', ''],
    ['fr', '&q=Geneva'],
    ['ar', '&lanes=nato,osce'],
  ] as const) {
    it(`${lang}${query}: every shown event and quote is printed, no control is, and page.pdf() makes it`, async () => {
      const { page, errors, close } = await openPage(browser, appUrl(`?lang=${lang}${query}`));
      const events = await shownEvents(page);
      expect(events.length).toBeGreaterThan(1);
      await page.emulateMedia({ media: 'print' });
      const doc = page.locator('.print-chronology');
      await doc.waitFor();
      expect(await doc.getAttribute('lang')).toBe(lang);
      // The events shown, in their order, each with its title and every quote as a note.
      expect(
        await doc
          .locator('.print-event')
          .evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.eventId)),
      ).toEqual(events.map((e) => e.id));
      const printed = (await doc.textContent())!;
      for (const e of events) {
        expect(printed).toContain(e.title);
        for (const q of e.quotes)
          expect(printed).toContain(q.replace(/^[«“„"]|[»”“"]$/g, '').slice(0, 60));
      }
      // Notes are numbered through the document: as many as the quotes, 1…n.
      const notes = await doc
        .locator('.print-notes li')
        .evaluateAll((l) => l.map((li) => li.getAttribute('value')));
      expect(notes).toEqual(events.flatMap((e) => e.quotes).map((_, i) => String(i + 1)));
      // A reference's passage is printed as the card shows it: the curator's summary, said so,
      // and in no quotation marks; only an article's passages are quoted.
      const summaries = events.flatMap((e) => e.summaries);
      const [label] = events.flatMap((e) => e.labels);
      const summaryNotes = await doc
        .locator('.print-notes li.print-note--summary')
        .allTextContents();
      expect(summaryNotes).toHaveLength(summaries.length);
      summaryNotes.forEach((note, i) => {
        expect(note.toLowerCase()).toContain(label!.toLowerCase());
        expect(note).toContain(summaries[i]);
        const before = note.slice(0, note.indexOf(summaries[i]!)).replace(/[\s\u2068]+$/, '');
        expect(before.at(-1)).not.toMatch(/[«“„"]/);
      });
      expect(await doc.locator('.print-notes li.print-note--quote').count()).toBe(
        events.reduce((n, e) => n + e.articleQuotes, 0),
      );
      expect(await visibleControls(page)).toEqual([]);
      // The date sits with its event: the heading block is kept from breaking apart.
      expect(
        await doc
          .locator('.print-event-head')
          .first()
          .evaluate((h) => getComputedStyle(h).breakInside + ' ' + getComputedStyle(h).breakAfter),
      ).toBe('avoid avoid');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      mkdirSync('tests/e2e/out', { recursive: true });
      writeFileSync(`tests/e2e/out/chronology-${lang}.pdf`, pdf);
      const pages = pageCount(pdf);
      console.log(
        `chronology ${lang}${query}: ${events.length} events, ${notes.length} notes, ${pages} pages`,
      );
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('a component prints its chronology inside the host page, in its language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      `${inject('origin')}/fixtures/hosts/component.html?el=c,/some/sub/path/data/timeline.json,he`,
    );
    await page.waitForSelector('#c[data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    const doc = page.locator('#c .print-chronology');
    await doc.waitFor();
    expect(await doc.getAttribute('dir')).toBe('rtl');
    expect(await doc.locator('.print-event').count()).toBeGreaterThan(10);
    expect(await page.locator('#c .timeline').isVisible()).toBe(false);
    expect(await visibleControls(page)).toEqual([]);
    await context.close();
  });

  it('the Print control prints the chronology, not the screen', async () => {
    const { page, close } = await openPage(browser, appUrl('?lang=de'));
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      // What would be printed at the moment print() is called.
      w.print = () => {
        w.printed = document.querySelectorAll('.print-chronology .print-event').length;
      };
    });
    await page.getByRole('button', { name: 'Drucken' }).click();
    // Printed once its chunk is here (at once, when it was fetched after the data showed).
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBeGreaterThan(10);
    await close();
  });
});
