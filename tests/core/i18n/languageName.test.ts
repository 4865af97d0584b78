import { describe, expect, it } from 'vitest';
import { languageName } from '../../../src/core';

describe('languageName', () => {
  it('names a language by its code, in English', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('French');
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
  });
  it('gives back what it cannot name', () => {
    expect(languageName('not a tag')).toBe('not a tag');
    expect(languageName('xx')).toBe('xx');
  });
});
