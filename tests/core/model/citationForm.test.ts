import { describe, expect, it } from 'vitest';
import { citationForm } from '../../../src/core';

describe('citationForm', () => {
  it('decides by the source’s kind and whether the passage was found in a text', () => {
    const found = { range: [0, 4] as const };
    expect(citationForm(found, { kind: 'article' })).toBe('quote');
    expect(citationForm(found, { kind: 'reference' })).toBe('summary');
    expect(citationForm({ range: null }, { kind: 'reference' })).toBe('paraphrase');
    // A source that cannot be found is never claimed as anything's summary.
    expect(citationForm(found, undefined)).toBe('quote');
  });
});
