import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLabelWrapper, wrapLabel } from '../../../src/core/layout/wrapLabel';

// 7 px a character, like the jsdom fallback measurer.
const measure = (s: string) => s.length * 7;

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('OSCE meeting', 200, measure)).toEqual({
      lines: ['OSCE meeting'],
      width: 84,
      elided: false,
    });
  });

  it('breaks at spaces, the lines joining back to the text', () => {
    const w = wrapLabel('Geneva talks begin at the US mission', 140, measure);
    expect(w.lines).toEqual(['Geneva talks begin ', 'at the US mission']);
    expect(w.lines.join('')).toBe('Geneva talks begin at the US mission');
    expect(w.width).toBe(18 * 7);
    expect(w.elided).toBe(false);
  });

  it('ends the last line at a whole word with an ellipsis when the text needs more lines', () => {
    const w = wrapLabel(
      'Ryabkov: key questions on security guarantees still on hold',
      120,
      measure,
    );
    expect(w.elided).toBe(true);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1]).toMatch(/^\S.*[a-z]…$/);
    // Every word shown is a whole word of the title.
    const shown = w.lines.join('').replace('…', '').trim().split(/\s+/);
    const words = 'Ryabkov: key questions on security guarantees still on hold'.split(' ');
    expect(words.slice(0, shown.length)).toEqual(shown);
  });

  it('breaks a word wider than the line between characters', () => {
    const w = wrapLabel('<script>window.__pwned=8</script>', 140, measure);
    expect(w.lines.join('')).toBe('<script>window.__pwned=8</script>');
    expect(w.lines.every((l) => measure(l) <= 140)).toBe(true);
  });

  it('never returns a line wider than the width (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 14 }).filter((s) => !/\s/.test(s)),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 3 }),
        (words, width, maxLines) => {
          const w = wrapLabel(words.join(' '), width, measure, maxLines);
          expect(w.lines.length).toBeLessThanOrEqual(maxLines);
          for (const l of w.lines) expect(measure(l.trimEnd())).toBeLessThanOrEqual(width);
          if (!w.elided) expect(w.lines.join('')).toBe(words.join(' '));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is laid out once per title and width by the wrapper', () => {
    let calls = 0;
    const wrap = createLabelWrapper((s) => (calls++, s.length * 7));
    const a = wrap('Talks open in Geneva', 100.7);
    const n = calls;
    expect(wrap('Talks open in Geneva', 100.2)).toBe(a);
    expect(calls).toBe(n);
  });
});
