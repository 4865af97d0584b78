import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestPassage, indexText, locateQuote } from '../../../src/core';

const text = indexText(
  'The talks began\n\n  a little before 9 a.m. in Geneva. The talks ended late.',
);

describe('locateQuote', () => {
  it('finds a quote whose white space differs, with offsets into the original text', () => {
    const at = locateQuote(text, 'began a little   before 9 a.m.');
    expect(at.kind).toBe('found');
    if (at.kind === 'found')
      expect(text.original.slice(at.start, at.end)).toBe('began\n\n  a little before 9 a.m.');
  });

  it('calls a quote found twice ambiguous, and one not there missing', () => {
    expect(locateQuote(text, 'The talks')).toEqual({ kind: 'ambiguous', count: 2 });
    expect(locateQuote(text, 'The talks began at noon')).toEqual({ kind: 'missing' });
    expect(locateQuote(text, '   ')).toEqual({ kind: 'missing' });
  });

  it('is case- and punctuation-exact', () => {
    expect(locateQuote(text, 'the talks began').kind).toBe('missing');
  });

  it('names the closest passage for a quote that is not there', () => {
    expect(closestPassage(text, 'a little after 9 a.m. in Geneva')).toContain(
      'a little before 9 a.m. in Geneva',
    );
  });
});

describe('a quote that spells its accented letters the other Unicode way', () => {
  // "é" as one code point (NFC), or "e" and a combining acute accent (NFD): the same text.
  const composed = 'Le ministre a déclaré que la réunion était utile.';
  const decomposed = composed.normalize('NFD');
  it('is found in its source, and its range is the source’s own spelling', () => {
    expect(decomposed).not.toBe(composed);
    for (const [source, quote] of [
      [composed, 'a déclaré que la réunion'.normalize('NFD')],
      [decomposed, 'a déclaré que la réunion'],
    ] as const) {
      const text = indexText(source);
      const at = locateQuote(text, quote);
      expect(at.kind).toBe('found');
      if (at.kind === 'found')
        expect(source.slice(at.start, at.end)).toBe(
          'a déclaré que la réunion'.normalize(source === composed ? 'NFC' : 'NFD'),
        );
    }
  });
  it('is still missing when its words differ', () => {
    expect(locateQuote(indexText(composed), 'a declare que'.normalize('NFD')).kind).toBe('missing');
  });
});

describe('locateQuote on a large text (the word-start index)', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
  const big = indexText(
    `${words.join(' ')} and then the accession of new members was rejected by the alliance, and then session of new members was rejected by the alliance again.`,
  );

  it('finds a quote that begins mid-word, and counts every occurrence exactly', () => {
    expect(locateQuote(big, 'ession of new members was rejected by the alliance')).toEqual({
      kind: 'ambiguous',
      count: 2,
    });
    const once = locateQuote(big, 'accession of new members was rejected by the alliance,');
    expect(once.kind).toBe('found');
    if (once.kind === 'found')
      expect(big.original.slice(once.start, once.end)).toBe(
        'accession of new members was rejected by the alliance,',
      );
  });

  it('falls back to scanning for quotes without a long enough word inside', () => {
    expect(locateQuote(big, 'word2999').kind).toBe('found');
    expect(locateQuote(big, 'word29')).toEqual({ kind: 'ambiguous', count: 111 }); // word29, word290–299, word2900–2999
  });
});

describe('locateQuote with the index agrees with a plain search', () => {
  // Few words, so passages repeat and many word starts share an index bucket.
  const vocabulary = ['the', 'talks', 'in', 'Geneva', 'ended', 'NATO', 'said', 'no', 'deal,'];
  const text = fc
    .array(fc.integer({ min: 0, max: vocabulary.length - 1 }), { minLength: 900, maxLength: 1400 })
    .map((ix) => ix.map((i) => vocabulary[i]).join(' '));

  it('counts every occurrence, and places a single one where it is', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 25, max: 70 }), (t, from, length) => {
        const start = from % (t.length - length);
        const quote = t.slice(start, start + length).trim();
        const all: number[] = [];
        for (let at = t.indexOf(quote); at >= 0; at = t.indexOf(quote, at + 1)) all.push(at);
        const found = locateQuote(indexText(t), quote);
        if (all.length === 1) expect(found).toMatchObject({ kind: 'found', start: all[0] });
        else expect(found).toEqual({ kind: 'ambiguous', count: all.length });
      }),
      { numRuns: 300 },
    );
  });
});

describe('locateQuote where white space differs, against a plain search of the normalized text', () => {
  // Words and every kind of white space JavaScript's \s knows, in runs of one to three.
  const word = fc.constantFrom('the', 'talks', 'Geneva', 'NATO', 'said', 'no', 'deal,', 'x');
  const space = fc
    .array(fc.constantFrom(' ', ' ', ' ', '\n', '\t', '\r\n', '\u00a0', '\u2009', '\u3000'), {
      minLength: 1,
      maxLength: 3,
    })
    .map((s) => s.join(''));
  const text = fc.array(fc.tuple(space, word), { minLength: 200, maxLength: 900 }).chain((pairs) =>
    fc.tuple(fc.boolean(), fc.boolean()).map(
      ([lead, trail]) =>
        (lead ? '\n  ' : '') +
        pairs
          .map(([s, w]) => s + w)
          .join('')
          .slice(1) +
        (trail ? ' \n' : ''),
    ),
  );

  /** The reference: each normalized character's original offset, one character at a time. */
  function reference(t: string) {
    let norm = '';
    const at: number[] = [];
    for (let i = 0; i < t.length; i++) {
      if (/\s/.test(t[i]!)) {
        if (i > 0 && /\s/.test(t[i - 1]!)) continue;
        norm += ' ';
      } else norm += t[i];
      at.push(i);
    }
    return { norm, at };
  }

  it('normalizes as one character at a time would, and maps a found quote back to its place', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 12, max: 80 }), (t, from, length) => {
        const { norm, at } = reference(t);
        const indexed = indexText(t);
        expect(indexed.normalized).toBe(norm);
        // A quote cut from the original, its white space written differently.
        const start = from % Math.max(1, t.length - length);
        const quote = t.slice(start, start + length).trim();
        const q = quote.replace(/\s+/g, ' ');
        if (!q) return;
        const all: number[] = [];
        for (let k = norm.indexOf(q); k >= 0; k = norm.indexOf(q, k + 1)) all.push(k);
        const found = locateQuote(indexed, q.replace(/ /g, '\n '));
        if (all.length === 1)
          expect(found).toMatchObject({
            kind: 'found',
            start: at[all[0]!],
            end: at[all[0]! + q.length - 1]! + 1,
          });
        else expect(found).toEqual({ kind: 'ambiguous', count: all.length });
      }),
      { numRuns: 300 },
    );
  });
});
