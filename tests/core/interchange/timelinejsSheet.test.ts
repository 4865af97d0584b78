import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile } from '../../../src/core/interchange';
import { validateImport } from './helpers';

const text = readFileSync('tests/fixtures/timelinejs/sheet.csv', 'utf8');

describe('the TimelineJS sheet, downloaded as CSV', () => {
  const r = importFile('sheet.csv', text, { sourceText: () => undefined });
  const byTitle = (t: string) => r.data.events.find((e) => e.title === t)!;

  it('is told apart from our CSV by its header', () => {
    expect(detectFormat('sheet.csv', text)).toBe('timelinejs-sheet');
    expect(r.format).toBe('timelinejs-sheet');
  });

  it('imports every event row to a dataset that validates with no errors', () => {
    const v = validateImport(r);
    expect(v.errors).toEqual([]);
    expect(v.timeline.events.map((e) => e.title)).toEqual([
      'Peace of Nicias',
      'Edict of Milan',
      'Treaty of Tordesillas',
      "Thirty Years' War",
      'Treaty of Nerchinsk',
      'Treaty of Versailles signed',
    ]);
  });

  it('reads dates at the precision of the cells filled, BCE years made astronomical', () => {
    expect(byTitle('Peace of Nicias').start).toBe('-0420'); // 421 BCE
    expect(byTitle('Edict of Milan').start).toBe('0313');
    expect(byTitle('Treaty of Nerchinsk').start).toBe('1689');
    expect(byTitle("Thirty Years' War")).toMatchObject({ start: '1618-05-23', end: '1648-10-24' });
    expect(byTitle('Treaty of Versailles signed').start).toBe('1919-06-28T15:12Z');
  });

  it('takes the title row, the era rows, and the text as plain text', () => {
    expect(r.data.title).toBe('Peace-making in the sheet');
    expect(r.data.description).toBe('A TimelineJS Google Sheet, downloaded as CSV.');
    expect(r.data.chapters).toEqual([
      { id: 'the-great-war', label: 'The Great War', start: '1914', end: '1918' },
    ]);
    expect(byTitle('Peace of Nicias').summary).toBe(
      'Athens & Sparta agree a fifty-year peace; it lasts six.',
    );
    expect(byTitle("Thirty Years' War").summary).toBe(
      'From the Defenestration of Prague to the Peace of Westphalia.',
    );
    expect(byTitle('Treaty of Tordesillas').media).toEqual({
      url: 'https://example.org/tordesillas.png',
      credit: 'Archive',
      caption: 'The line',
    });
    expect(JSON.stringify(r.data)).not.toMatch(/pwned|<script/);
  });

  it('says what it could not keep', () => {
    expect(r.report).toContain('row 4: Background "#cccccc" (a slide colour or picture) not kept');
  });
});
