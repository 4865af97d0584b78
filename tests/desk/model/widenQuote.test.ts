import { describe, expect, it } from 'vitest';
import { indexText, locateQuote } from '../../../src/core';
import { proposeQuote } from '../../../src/desk/model/widenQuote';
import { wholeWords } from '../../../src/desk/model/wholeWords';

const text =
  'The talks in Geneva ended.\nRyabkov said the talks were difficult.  Sherman said the talks were useful, and the  talks would go on.';
const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
  return [i, i + s.length] as const;
};

describe('wholeWords', () => {
  it('takes a word cut by either end of the selection whole', () => {
    const [a] = at('Geneva');
    expect(text.slice(...wholeWords(text, a + 2, a + 4)!)).toBe('Geneva');
  });
  it('trims white space at both ends and keeps punctuation that was selected', () => {
    const [a, b] = at(' Geneva ended.');
    expect(text.slice(...wholeWords(text, a, b)!)).toBe('Geneva ended.');
  });
  it('is null for a selection of white space only', () => {
    expect(wholeWords(text, 3, 4)).toBeNull();
  });
});

describe('proposeQuote: a selection becomes a quote found exactly once', () => {
  it('keeps a selection that is already unique, unwidened', () => {
    const [a, b] = at('Sherman said');
    const p = proposeQuote(indexText(text), a, b);
    expect(p).toMatchObject({
      kind: 'unique',
      quote: 'Sherman said',
      widened: false,
      selectedCount: 1,
    });
  });

  it('widens a passage found several times word by word around the occurrence selected', () => {
    const idx = indexText(text);
    const [a, b] = at('the talks were', 1); // Sherman's
    const p = proposeQuote(idx, a, b);
    expect(p.kind).toBe('unique');
    if (p.kind !== 'unique') return;
    expect(p.selected).toBe('the talks were');
    expect(p.selectedCount).toBe(2);
    expect(p.widened).toBe(true);
    expect(p.quote).toBe('the talks were useful,');
    // The validator's own lookup agrees: once, at the occurrence that was selected.
    const found = locateQuote(indexText(text), p.quote);
    expect(found).toMatchObject({ kind: 'found', start: a });
  });

  it('widens before the selection when the words after do not tell occurrences apart', () => {
    const t = 'Alpha said yes. Beta said yes. Gamma said yes.';
    const a = t.indexOf('said yes', t.indexOf('Beta'));
    const p = proposeQuote(indexText(t), a, a + 'said yes'.length);
    expect(p).toMatchObject({ kind: 'unique', quote: 'Beta said yes.' });
  });

  it('normalises white space the way the validator does, and widens across line breaks', () => {
    const [a, b] = at('the  talks');
    const p = proposeQuote(indexText(text), a, b);
    expect(p.kind).toBe('unique');
    if (p.kind === 'unique') {
      expect(p.quote).not.toMatch(/\s\s/);
      expect(locateQuote(indexText(text), p.quote).kind).toBe('found');
    }
  });

  it('widens as far as it must, up to the whole text, which is always found once', () => {
    const t = 'yes yes yes';
    expect(proposeQuote(indexText(t), 4, 7)).toMatchObject({
      kind: 'unique',
      quote: t,
      selectedCount: 3,
    });
  });
});
