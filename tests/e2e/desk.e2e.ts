import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  appUrl,
  collectErrors,
  fixtureUrl,
  launch,
  openPage,
  type Browser,
  type Page,
} from './browser';
import {
  fakeFolderPicker,
  runValidator,
  selectInReader,
  unzipToFolder,
  writeFolder,
} from './deskProbe';

// A source of our own (nothing here depends on the bundled dataset): a passage in it occurs twice.
const ARTICLE = [
  'Geneva, 10 January (Agency) - Delegations from Russia and the United States met on Monday.',
  'Officials said the talks were frank. The meeting lasted most of the day.',
  'Later, the deputy minister told reporters the talks were frank and useful, but that',
  'no agreement had been reached on the main questions.',
].join('\n');
const TWICE = 'the talks were frank';
/** A folder as `npm run new` leaves it: a title, one lane, nothing else yet. */
const BLANK = JSON.stringify(
  {
    title: 'My Geneva timeline',
    lanes: [{ id: 'talks', label: 'Talks' }],
    sources: [],
    events: [],
  },
  null,
  2,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const editor = (page: Page) => page.getByRole('region', { name: 'Edit event' });
const startDate = (page: Page) => editor(page).getByRole('group', { name: 'Start' });
const citeBar = (page: Page) => page.getByRole('region', { name: 'Cite this passage' });

async function openBlankFolder(page: Page) {
  await page
    .getByLabel('Dataset files (timeline.json and its texts, or a .zip)', { exact: true })
    .setInputFiles([
      { name: 'timeline.json', mimeType: 'application/json', buffer: Buffer.from(BLANK) },
    ]);
  await expect
    .poll(() => page.getByLabel('Dataset title', { exact: true }).inputValue())
    .toBe('My Geneva timeline');
}

async function addSourceFromFile(page: Page) {
  await page.getByRole('button', { name: 'Add a source…' }).click();
  const form = page.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Text file', { exact: true }).setInputFiles({
    name: 'geneva-agency.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(ARTICLE),
  });
  await expect
    .poll(() => form.getByLabel('Text of the source', { exact: true }).inputValue())
    .toBe(ARTICLE);
  await form.getByLabel('Title', { exact: true }).fill('Talks in Geneva');
  await form.getByLabel('Publisher', { exact: true }).fill('Agency');
  await form.getByLabel('Language', { exact: true }).fill('en');
  await form.getByLabel('Published', { exact: true }).fill('2022-01-10');
  await form.getByRole('button', { name: 'Add source' }).click();
  await page.locator('.reader-text').waitFor();
}

describe('the curator’s desk', () => {
  it('from a blank folder: a source from a file, a repeated passage widened to a unique quote, a new month-precision event with a claim marker, kept across a reload, downloaded as a dataset the validator accepts', async () => {
    const { page, errors, close } = await openPage(browser, appUrl('?edit'));
    await openBlankFolder(page);
    await addSourceFromFile(page);

    // Select the second "the talks were frank": it occurs twice, so the quote is widened.
    const second = ARTICLE.indexOf(TWICE, ARTICLE.indexOf(TWICE) + 1);
    await selectInReader(page, second, second + TWICE.length);
    const bar = citeBar(page);
    await expect
      .poll(() => bar.getByTestId('proposed-quote').textContent())
      .toBe('the talks were frank and');
    expect(await bar.getByTestId('widened-note').textContent()).toContain(
      `“${TWICE}” occurs 2 times`,
    );

    await bar.getByRole('button', { name: 'Cite in a new event' }).click();
    await editor(page).waitFor();
    // The reader marks the new citation at once (the event has no date yet).
    await expect
      .poll(() => page.locator('.reader-text mark').textContent())
      .toBe('the talks were frank and');
    // Validation as you type: the new event has no title or date yet, and says so beside them.
    const titleInvalid = () =>
      editor(page).getByLabel('Title', { exact: true }).getAttribute('aria-invalid');
    await expect.poll(titleInvalid).toBe('true');
    await editor(page)
      .getByLabel('Title', { exact: true })
      .fill('Deputy minister calls the Geneva talks frank');
    await expect.poll(titleInvalid).toBeNull();
    await startDate(page).getByLabel('Precision', { exact: true }).selectOption('month');
    await startDate(page).getByLabel('Year', { exact: true }).fill('2022');
    await expect
      .poll(() => startDate(page).locator('.desk-messages').textContent())
      .toContain('expected YYYY');
    await startDate(page).getByLabel('Month', { exact: true }).selectOption({ label: 'January' });
    expect(await startDate(page).locator('code').textContent()).toBe('2022-01');
    await expect.poll(() => startDate(page).locator('.desk-messages').count()).toBe(0);
    const summary = editor(page).getByLabel('Summary', { exact: true });
    await summary.fill('The deputy minister said the talks were frank and useful.');
    await editor(page)
      .getByRole('button', { name: 'Insert [1] into the summary at the caret' })
      .click();
    expect(await summary.inputValue()).toBe(
      'The deputy minister said the talks were frank and useful.[1]',
    );
    // The draft is on the timeline where it will be.
    await page.locator('.tl-plot [data-event-id]').first().waitFor();
    expect(
      await page.locator('.tl-plot [data-event-id]').getAttribute('data-event-id'),
    ).toBeTruthy();
    await expect
      .poll(() => page.locator('.desk-problems summary').textContent())
      .toBe('The validator finds no problems');

    // Reload: the draft is still there, under the same address.
    await page.waitForTimeout(400); // past the autosave's debounce (pagehide writes too)
    await page.reload();
    await page.waitForSelector('[data-ready="true"]');
    await expect
      .poll(() => page.getByLabel('Dataset title', { exact: true }).inputValue())
      .toBe('My Geneva timeline');
    expect(await page.locator('.desk-restored').count()).toBe(1);
    await page.locator('.tl-plot [data-event-id]').first().click();
    expect(await editor(page).getByLabel('Title', { exact: true }).inputValue()).toBe(
      'Deputy minister calls the Geneva talks frank',
    );

    // Download the dataset, unzip it, and run the real validator on the folder.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download dataset' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-geneva-timeline.zip');
    const path = await download.path();
    const { dir, files } = unzipToFolder(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files).sort()).toEqual([
      'my-geneva-timeline/sources/talks-in-geneva.txt',
      'my-geneva-timeline/timeline.json',
    ]);
    expect(files['my-geneva-timeline/sources/talks-in-geneva.txt']).toBe(ARTICLE);
    const data = JSON.parse(files['my-geneva-timeline/timeline.json']!);
    expect(data.events).toEqual([
      expect.objectContaining({
        title: 'Deputy minister calls the Geneva talks frank',
        start: '2022-01',
        lane: 'talks',
        summary: 'The deputy minister said the talks were frank and useful.[1]',
        citations: [{ source: 'talks-in-geneva', quote: 'the talks were frank and' }],
      }),
    ]);
    expect(data.sources[0]).toMatchObject({
      title: 'Talks in Geneva',
      publisher: 'Agency',
      language: 'en',
      published: '2022-01-10',
    });
    const quote = data.events[0].citations[0].quote as string;
    expect(ARTICLE.split(quote).length - 1).toBe(1); // found exactly once
    const result = await runValidator(join(dir, 'my-geneva-timeline', 'timeline.json'));
    expect(result.out).toMatch(
      /: 0 error\(s\), 0 warning\(s\); 1 valid event\(s\), 1 citation\(s\), 1 source\(s\)/,
    );
    expect(result.code).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

/** The bundled dataset, as the test's own reference: its first event and a source it cites. */
const bundled = JSON.parse(readFileSync('data/timeline.json', 'utf8')) as {
  events: {
    id: string;
    title: string;
    summary: string;
    citations: { source: string; quote: string }[];
  }[];
  sources: { id: string; title: string; file?: string }[];
};

/** A passage of `text` found once in it, away from what is already cited, ~8 words long. */
function uniquePassage(text: string, avoid: readonly string[]): [number, number] {
  const words = [...text.matchAll(/\S+/g)];
  for (let i = Math.floor(words.length / 3); i + 8 < words.length; i++) {
    const a = words[i]!.index!;
    const last = words[i + 7]!;
    const b = last.index! + last[0].length;
    const s = text.slice(a, b);
    if (/\s\s/.test(s) || avoid.some((q) => q.includes(s) || s.includes(q))) continue;
    if (text.indexOf(s) === text.lastIndexOf(s)) return [a, b];
  }
  throw new Error('no unique passage');
}

describe('the curator’s desk on an existing dataset', () => {
  it('edits a dataset given by URL (?edit&data=), texts fetched beside it, and leads back to its reading view', async () => {
    const url = fixtureUrl('valid/timeline.json');
    const fixture = JSON.parse(readFileSync('tests/fixtures/valid/timeline.json', 'utf8')) as {
      title: string;
      events: { id: string; title: string }[];
    };
    const { page, errors, close } = await openPage(
      browser,
      appUrl(`?edit&data=${encodeURIComponent(url)}`),
    );
    await expect
      .poll(() => page.getByLabel('Dataset title', { exact: true }).inputValue())
      .toBe(fixture.title);
    const ids = await page.$$eval('.tl-plot [data-event-id]', (els) =>
      els.map((e) => e.getAttribute('data-event-id')),
    );
    expect(new Set(ids)).toEqual(new Set(fixture.events.map((e) => e.id)));
    await page.locator('.tl-plot [data-event-id]').first().click();
    await editor(page).waitFor();
    expect(await page.locator('.desk-problems summary').textContent()).toBe(
      'The validator finds no problems',
    );
    expect(
      new URL(
        (await page.getByRole('link', { name: 'Reading view' }).getAttribute('href')) ?? '',
      ).searchParams.get('data'),
    ).toBe(url);
    expect(errors).toEqual([]);
    await close();
  });

  it('edits an event of the bundled dataset (a citation and a sentence), undoes and redoes it, and saves it to a folder', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Playwright cannot drive the real folder picker: a stand-in folder with the same methods.
    await context.addInitScript(fakeFolderPicker, {});
    const page = await context.newPage();
    await page.goto(appUrl('?edit'));
    await page.waitForSelector('[data-ready="true"]');
    const withText = (id: string) => bundled.sources.find((s) => s.id === id && s.file);
    const event = bundled.events.find((e) => withText(e.citations[0]!.source))!;
    const source = withText(event.citations[0]!.source)!;
    const text = readFileSync(join('data', source.file!), 'utf8');

    await page.getByLabel('Event', { exact: true }).selectOption(event.id);
    expect(await editor(page).getByLabel('Title', { exact: true }).inputValue()).toBe(event.title);
    const citations = editor(page).locator('.desk-citations > li');
    const before = await citations.count();
    expect(before).toBe(event.citations.length);

    await page.getByLabel('Source to read and cite from', { exact: true }).selectOption(source.id);
    await page.locator('.reader-text').waitFor();
    const [a, b] = uniquePassage(
      text,
      event.citations.map((c) => c.quote),
    );
    await selectInReader(page, a, b);
    const quote = text.slice(a, b);
    await expect.poll(() => citeBar(page).getByTestId('proposed-quote').textContent()).toBe(quote);
    await citeBar(page)
      .getByRole('button', { name: /^Add to this event/ })
      .click();
    await expect.poll(() => citations.count()).toBe(before + 1);

    const summary = editor(page).getByLabel('Summary', { exact: true });
    await summary.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The passage added here says more.');
    const n = before + 1;
    await editor(page)
      .getByRole('button', { name: `Insert [${n}] into the summary at the caret` })
      .click();
    const edited = `${event.summary} The passage added here says more.[${n}]`;
    expect(await summary.inputValue()).toBe(edited);

    // Undo, step by step: the marker, the sentence (typing is one step), the citation.
    await page.keyboard.press('Control+z');
    expect(await summary.inputValue()).toBe(`${event.summary} The passage added here says more.`);
    await page.keyboard.press('Control+z');
    expect(await summary.inputValue()).toBe(event.summary);
    await page.keyboard.press('Control+z');
    expect(await citations.count()).toBe(before);
    // And redo all three with Shift+Ctrl+Z.
    for (let k = 0; k < 3; k++) await page.keyboard.press('Control+Shift+z');
    expect(await summary.inputValue()).toBe(edited);
    expect(await citations.count()).toBe(before + 1);

    await page.getByRole('button', { name: /^Save/ }).click();
    await expect
      .poll(() => page.locator('.desk-status').textContent())
      .toContain('Saved to the folder “my-dataset”');
    const saved = await page.evaluate(
      () => (window as unknown as { __folder: Record<string, string> }).__folder,
    );
    const data = JSON.parse(saved['timeline.json']!);
    const after = data.events.find((e: { id: string }) => e.id === event.id);
    expect(after.summary).toBe(edited);
    expect(after.citations[n - 1]).toEqual({ source: source.id, quote });
    // Everything else as it was; the folder passes the validator as the bundled data does.
    expect(data.events.length).toBe(bundled.events.length);
    expect(Object.keys(saved).filter((p) => p.startsWith('sources/')).length).toBe(
      bundled.sources.filter((s) => s.file).length,
    );
    const result = await runValidator(join(writeFolder(saved), 'timeline.json'));
    expect(result.out).toMatch(/: 0 error\(s\)/);
    expect(result.code).toBe(0);

    // The draft outlives a reload; discarding it brings back the dataset as it was.
    await page.reload();
    await page.waitForSelector('.dt-desk[data-ready="true"]');
    await page.getByLabel('Event', { exact: true }).selectOption(event.id);
    expect(await summary.inputValue()).toBe(edited);
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    await page.waitForSelector('.dt-desk[data-ready="true"]');
    await expect.poll(() => page.locator('.desk-restored').count()).toBe(0);
    await page.getByLabel('Event', { exact: true }).selectOption(event.id);
    expect(await summary.inputValue()).toBe(event.summary);
    await context.close();
  });
});

describe('the curator’s desk by keyboard, on a phone, for a screen reader', () => {
  it('selects a passage with Shift+arrows in the text, cites it, and edits it without a pointer', async () => {
    const { page, errors, close } = await openPage(browser, appUrl('?edit'));
    await openBlankFolder(page);
    await addSourceFromFile(page);
    const text = page.getByRole('region', { name: /^Source text/ });
    await text.focus();
    // The caret starts at the text's start: move to "Delegations", then select three words.
    for (let k = 0; k < ARTICLE.indexOf('Delegations'); k++)
      await page.keyboard.press('ArrowRight');
    for (let k = 0; k < 3; k++) await page.keyboard.press('Control+Shift+ArrowRight');
    await expect
      .poll(() => citeBar(page).getByTestId('proposed-quote').textContent())
      .toBe('Delegations from Russia');
    // On to "Cite in a new event" by Tab, past "Cancel"-less order: the bar comes first in the reader.
    await citeBar(page).getByRole('button', { name: 'Cite in a new event' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.desk-editor') !== null))
      .toBe(true);
    await page.keyboard.type('Delegations meet');
    expect(await editor(page).getByLabel('Title', { exact: true }).inputValue()).toBe(
      'Delegations meet',
    );
    await page.keyboard.press('Control+z');
    expect(await editor(page).getByLabel('Title', { exact: true }).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe violations with the editor, the reader and a proposed quote on screen, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser, appUrl('?edit'), { colorScheme });
      await openBlankFolder(page);
      await addSourceFromFile(page);
      const at = ARTICLE.indexOf('Officials said');
      await selectInReader(page, at, at + 'Officials said'.length);
      await citeBar(page).getByTestId('proposed-quote').waitFor();
      await citeBar(page).getByRole('button', { name: 'Cite in a new event' }).click();
      await editor(page).waitFor();
      await page.locator('.desk-problems summary').click();
      const r = await new AxeBuilder({ page: page as never }).include('.dt-root').analyze();
      expect(r.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
      await close();
    }
  });

  it('fits a 360 px phone: nothing wider than the screen, every control reachable', async () => {
    const { page, close } = await openPage(browser, appUrl('?edit'), { width: 360, height: 780 });
    await openBlankFolder(page);
    await addSourceFromFile(page);
    const at = ARTICLE.indexOf('Officials said');
    await selectInReader(page, at, at + 'Officials said'.length);
    await citeBar(page).getByRole('button', { name: 'Cite in a new event' }).click();
    await editor(page).waitFor();
    await startDate(page).getByLabel('Precision', { exact: true }).selectOption('minute');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.dt-desk *')]
        .filter((el) => el.getBoundingClientRect().right > 360.5 && el.getClientRects().length > 0)
        .filter((el) => !el.closest('.tl-frame, .tl-overview'))
        .map((el) => el.className || el.tagName),
    );
    expect(wide).toEqual([]);
    await close();
  });

  it('opens a folder through the File System Access API and saves back into the same folder', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(fakeFolderPicker, {
      'timeline.json': BLANK,
      'notes/ignored.md': 'not a dataset file',
    });
    const page = await context.newPage();
    await page.goto(appUrl('?edit'));
    await page.waitForSelector('[data-ready="true"]');
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await expect
      .poll(() => page.getByLabel('Dataset title', { exact: true }).inputValue())
      .toBe('My Geneva timeline');
    expect(page.url()).toContain('edit=folder%3Amy-dataset');
    await addSourceFromFile(page);
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect
      .poll(() => page.locator('.desk-status').textContent())
      .toContain('Saved to the folder “my-dataset”');
    const saved = await page.evaluate(
      () => (window as unknown as { __folder: Record<string, string> }).__folder,
    );
    expect(saved['sources/talks-in-geneva.txt']).toBe(ARTICLE);
    expect(JSON.parse(saved['timeline.json']!).sources).toHaveLength(1);
    expect(saved['notes/ignored.md']).toBe('not a dataset file');
    await context.close();
  });
});

describe('the curator’s desk is safe with what it is given', () => {
  it('runs under the strict CSP with no violation, and shows pasted markup as text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${inject('cspOrigin')}/some/sub/path/?edit`);
    await page.waitForSelector('.dt-desk[data-ready="true"]');
    await page.getByRole('button', { name: 'New dataset' }).click();
    await page.getByRole('button', { name: 'Add a source…' }).click();
    const form = page.getByRole('form', { name: 'Add a source' });
    const hostile =
      'Before <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> after.';
    await form.getByLabel('Text of the source', { exact: true }).fill(hostile);
    await form.getByLabel('Title', { exact: true }).fill('<b>Pasted</b> page');
    await form.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.reader-text').waitFor();
    expect(await page.locator('.reader-text').textContent()).toBe(hostile);
    const at = hostile.indexOf('and');
    await selectInReader(page, at, at + 3);
    await citeBar(page).getByRole('button', { name: 'Cite in a new event' }).click();
    await editor(page).waitFor();
    expect(await page.locator('.dt-root img, .dt-root script').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('edit mode stays out of the reader’s way', () => {
  it('the reading view offers Edit, and loads no desk code until it is followed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(appUrl());
    await page.waitForSelector('[data-ready="true"]');
    expect(requested.filter((u) => /desk/i.test(u))).toEqual([]);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForSelector('.dt-desk[data-ready="true"]');
    expect(requested.some((u) => /assets\/desk-[^/]*\.js$/.test(u))).toBe(true);
    await context.close();
  });

  it('the entry chunk and the app chunk hold no desk code; the desk is its own chunk', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const entry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const statics = [
      entry,
      ...[...html.matchAll(/rel="modulepreload"[^>]*href="\.\/(assets\/[^"]+\.js)"/g)].map(
        (m) => m[1]!,
      ),
    ];
    for (const f of statics) {
      const js = readFileSync(join('dist', f), 'utf8');
      expect(js.includes('Cite this passage'), f).toBe(false);
      expect(js.includes('diplomatic-timeline-desk'), f).toBe(false);
    }
    const desk = readdirSync('dist/assets').filter((f) => /^desk-.*\.js$/.test(f));
    expect(desk).toHaveLength(1);
    expect(
      readFileSync(join('dist/assets', desk[0]!), 'utf8').includes('diplomatic-timeline-desk'),
    ).toBe(true);
    // Its words are in its catalogues (one chunk per language), loaded with it.
    const worded = readdirSync('dist/assets').filter(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(join('dist/assets', f), 'utf8').includes('Cite this passage'),
    );
    expect(worded).toHaveLength(1);
    expect(statics.some((f) => f.endsWith(worded[0]!))).toBe(false);
  });

  it('is never in the embed or the web component', async () => {
    const lib = readFileSync('dist/lib/diplomatic-timeline.js', 'utf8');
    // (Assertions on booleans: a failure must not print a whole bundle.)
    expect(lib.includes('Cite this passage')).toBe(false);
    expect(lib.includes('diplomatic-timeline-desk')).toBe(false);
    const single = readFileSync('dist/single/diplomatic-timeline.html', 'utf8');
    expect(single.includes('Cite this passage')).toBe(false);
    const { page, close } = await openPage(browser, appUrl('embed.html?edit'));
    expect(await page.locator('.dt-desk').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await close();
  });
});
