import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimParts, splitClaims, stripMarkers, type Claim } from '../../../src/core';

/** Each sentence as written (markers and all) and the numbers of the markers it ends with. */
const raw = (s: string) => splitClaims(s).map((c) => s.slice(c.start, c.end));
const numbers = (c: Claim) => c.markers.map((m) => m.n);

describe('splitClaims cuts a summary into sentences', () => {
  it('splits after the markers that follow a full stop, and keeps the markers with their sentence', () => {
    const s = 'Russia demanded guarantees.[1] NATO refused any veto on its expansion.[1][3]';
    const claims = splitClaims(s);
    expect(raw(s)).toEqual([
      'Russia demanded guarantees.[1]',
      'NATO refused any veto on its expansion.[1][3]',
    ]);
    expect(claims.map((c) => c.text)).toEqual([
      'Russia demanded guarantees.',
      'NATO refused any veto on its expansion.',
    ]);
    expect(claims.map(numbers)).toEqual([[1], [1, 3]]);
    expect(claims.every((c) => c.cited)).toBe(true);
  });

  it('gives each marker its place in the summary', () => {
    const s = 'One.[1] Two.[12]';
    const [a, b] = splitClaims(s);
    expect(a!.markers).toEqual([{ n: 1, start: 4, end: 7 }]);
    expect(b!.markers).toEqual([{ n: 12, start: 12, end: 16 }]);
    expect(s.slice(b!.markers[0]!.start, b!.markers[0]!.end)).toBe('[12]');
  });

  it('splits unmarked sentences on ".", "!" and "?" followed by a capital', () => {
    expect(raw('It rained. Talks went on! Did they agree? No.')).toEqual([
      'It rained.',
      'Talks went on!',
      'Did they agree?',
      'No.',
    ]);
    expect(splitClaims('It rained. Talks went on.').every((c) => !c.cited)).toBe(true);
  });

  it('does not split before a lower-case word or a digit when no marker says so', () => {
    expect(raw('He said no. and left.')).toHaveLength(1);
    expect(raw('It ended in 2019. 2020 was calm.')).toHaveLength(1);
  });

  it('does not split after "U.S.", "a.m.", "p.m.", "e.g." or "Mr."', () => {
    const s =
      'The U.S. Senate met at 9 a.m. Monday and left at 6 p.m. Tuesday. ' +
      'Allies, e.g. Poland, asked Mr. Blinken for more.[1]';
    expect(raw(s)).toEqual([
      'The U.S. Senate met at 9 a.m. Monday and left at 6 p.m. Tuesday.',
      'Allies, e.g. Poland, asked Mr. Blinken for more.[1]',
    ]);
  });

  it('does not split after an initial: "Sergei A. Ryabkov"', () => {
    expect(raw('Sergei A. Ryabkov led the delegation.[2] Wendy R. Sherman led hers.[1]')).toEqual([
      'Sergei A. Ryabkov led the delegation.[2]',
      'Wendy R. Sherman led hers.[1]',
    ]);
  });

  it('ends a sentence at an abbreviation when a marker follows it', () => {
    const s = 'Moscow wants guarantees from the U.S.[1] Washington refused.[2]';
    expect(raw(s)).toEqual(['Moscow wants guarantees from the U.S.[1]', 'Washington refused.[2]']);
  });

  it('never splits inside a decimal number', () => {
    expect(raw('Aid rose to $2.5 billion, up 1.5 times.[1] It was approved.[1]')).toEqual([
      'Aid rose to $2.5 billion, up 1.5 times.[1]',
      'It was approved.[1]',
    ]);
  });

  it('keeps a closing quote after the full stop with its sentence, before or after the markers', () => {
    const after = 'He said: "We will make no concessions."[2] Talks went on.[1]';
    expect(raw(after)).toEqual(['He said: "We will make no concessions."[2]', 'Talks went on.[1]']);
    const between = 'He said: “We will make no concessions.[2]” Talks went on.[1]';
    expect(raw(between)).toEqual([
      'He said: “We will make no concessions.[2]”',
      'Talks went on.[1]',
    ]);
    expect(splitClaims(between).map((c) => c.cited)).toEqual([true, true]);
    expect(splitClaims(between)[0]!.text).toBe('He said: “We will make no concessions.”');
  });

  it('starts a sentence at an opening quote mark', () => {
    expect(raw('Talks ended. "It was frank," she said.')).toEqual([
      'Talks ended.',
      '"It was frank," she said.',
    ]);
    expect(raw('Talks ended.[1] « Franc », dit-elle.[2]')).toHaveLength(2);
  });

  it('does not split on a "?" or "!" inside a quotation that the sentence goes on after', () => {
    expect(raw('"Why now?" he asked.[1]')).toEqual(['"Why now?" he asked.[1]']);
    expect(raw('"Enough!" she said.[1]')).toHaveLength(1);
  });

  it('splits after "!" and "?" with markers, and after runs like "?!" and "..."', () => {
    expect(raw('A threat!?[1] Not so...[2] Maybe?[3]')).toEqual([
      'A threat!?[1]',
      'Not so...[2]',
      'Maybe?[3]',
    ]);
  });

  it('accepts white space before a marker, and takes it out of the text', () => {
    const [c] = splitClaims('It rained. [1] [2]');
    expect(c!.cited).toBe(true);
    expect(numbers(c!)).toEqual([1, 2]);
    expect(c!.text).toBe('It rained.');
  });

  it('says a sentence whose marker comes before its full stop is not cited', () => {
    const s = 'It rained[1]. It poured.[2]';
    expect(raw(s)).toEqual(['It rained[1].', 'It poured.[2]']);
    const [a] = splitClaims(s);
    expect(a!.cited).toBe(false);
    expect(numbers(a!)).toEqual([1]);
  });

  it('cites the last sentence when the summary ends with markers and no full stop', () => {
    const [c] = splitClaims('Talks in Geneva[1]');
    expect(c).toMatchObject({ text: 'Talks in Geneva', cited: true });
  });

  it('gives a sentence that is only markers, with no text', () => {
    const claims = splitClaims('[1][2]');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ start: 0, end: 6, text: '', cited: true });
    expect(numbers(claims[0]!)).toEqual([1, 2]);
  });

  it('gives no sentences for an empty or blank summary', () => {
    expect(splitClaims('')).toEqual([]);
    expect(splitClaims('  \n ')).toEqual([]);
  });

  it('leaves brackets that are not markers in the text', () => {
    const [c] = splitClaims('The talks [sic] went on.[1]');
    expect(c!.text).toBe('The talks [sic] went on.');
    expect(numbers(c!)).toEqual([1]);
  });

  it('trims white space around sentences (new lines too)', () => {
    const s = '  One.[1]\n\nTwo.[2]  ';
    expect(raw(s)).toEqual(['One.[1]', 'Two.[2]']);
  });
});

describe('claimParts and stripMarkers', () => {
  it('cuts a sentence into text and markers, the markers against their text', () => {
    const s = 'He said: “No.[2]” Talks went on. [1] [3]';
    const [a, b] = splitClaims(s);
    expect(claimParts(s, a!)).toEqual([
      { kind: 'text', text: 'He said: “No.' },
      { kind: 'marker', n: 2 },
      { kind: 'text', text: '”' },
    ]);
    expect(claimParts(s, b!)).toEqual([
      { kind: 'text', text: 'Talks went on.' },
      { kind: 'marker', n: 1 },
      { kind: 'marker', n: 3 },
    ]);
  });

  it('takes the markers out of a summary', () => {
    expect(stripMarkers('One.[1] Two. [2][3]')).toBe('One. Two.');
  });
});

describe('splitClaims, for any summary made of marked sentences', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const sentence = fc.record({
    first: fc.stringMatching(/^[A-Z][a-z]{0,7}$/),
    words: fc.array(
      fc.oneof(word, fc.constantFrom('U.S.', 'a.m.', 'e.g.', 'Mr.', 'A.', '2.5', '[sic]')),
      { maxLength: 8 },
    ),
    end: fc.constantFrom('.', '!', '?', '."', '.”', '?"'),
    markers: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 3 }),
    space: fc.constantFrom(' ', '  ', '\n'),
  });

  it('finds every sentence, its text and its markers', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (list) => {
        const written = list.map(
          (x) =>
            `${[x.first, ...x.words].join(' ')}${x.end}${x.markers.map((n) => `[${n}]`).join('')}`,
        );
        const summary = written.map((w, i) => (i ? list[i]!.space : '') + w).join('');
        const claims = splitClaims(summary);
        expect(claims.map((c) => summary.slice(c.start, c.end))).toEqual(written);
        expect(claims.map(numbers)).toEqual(list.map((x) => x.markers));
        expect(claims.every((c) => c.cited)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('covers every non-blank character once, in order, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'Ab .!?"”[]1 2\n'.split('')) }), (s) => {
        const claims = splitClaims(s);
        let at = 0;
        for (const c of claims) {
          expect(s.slice(at, c.start).trim()).toBe('');
          expect(c.end).toBeGreaterThan(c.start);
          at = c.end;
        }
        expect(s.slice(at).trim()).toBe('');
      }),
      { numRuns: 3000 },
    );
  });
});
