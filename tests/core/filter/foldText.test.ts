import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/filter/foldText';

describe('foldText', () => {
  it('lower-cases and takes accents off letters', () => {
    expect(foldText('Ása Berg')).toBe('asa berg');
    expect(foldText('ÉCOLE, São Paulo, Zürich')).toBe('ecole, sao paulo, zurich');
    expect(foldText('Лавров')).toBe('лавров');
  });
  it('keeps letters that are not a base letter and an accent', () => {
    expect(foldText('Øresund, Łódź, Straße')).toBe('øresund, łodz, straße');
  });
  it('gives one code unit for each, whatever the text (offsets hold)', () => {
    expect(foldText('İstanbul')).toBe('istanbul');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldText(s).length === s.length));
  });
});
