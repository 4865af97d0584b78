import { describe, expect, it } from 'vitest';
import { fixedRem } from '../../src/embed/fixedRem';

describe('fixedRem', () => {
  it('turns each rem into the px it stands for at a 16px root', () => {
    expect(fixedRem('.a{font-size:.75rem;margin:0 1.25rem -0.5rem 2rem}')).toBe(
      '.a{font-size:12px;margin:0 20px -8px 32px}',
    );
    expect(fixedRem('padding: calc(1rem + 2px)')).toBe('padding: calc(16px + 2px)');
  });
  it('leaves other units, names and words alone', () => {
    const css = '.remove-2rem, .x { width: 2em; --gap3rem: 1px; content: "1 rem" }';
    expect(fixedRem(css)).toBe(css);
  });
});
