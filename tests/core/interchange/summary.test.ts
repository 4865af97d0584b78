import { describe, expect, it } from 'vitest';
import { stripMarkers, summaryWithMarkers } from '../../../src/core/interchange';

describe('summaryWithMarkers', () => {
  it('ends every sentence with the markers of the citations', () => {
    expect(summaryWithMarkers('Talks began. They lasted eight hours', 1)).toBe(
      'Talks began.[1] They lasted eight hours.[1]',
    );
    expect(summaryWithMarkers('One claim! Another?', 2)).toBe('One claim![1][2] Another?[1][2]');
  });

  it('keeps a summary already marked with valid markers (our own export coming back)', () => {
    const s = 'One claim.[1] Another claim.[1][2]';
    expect(summaryWithMarkers(s, 2)).toBe(s);
  });

  it('re-marks a summary whose markers name citations it does not have', () => {
    expect(summaryWithMarkers('One claim.[3]', 1)).toBe('One claim.[1]');
  });

  it('writes no markers for an uncited event, and removes stray ones', () => {
    expect(summaryWithMarkers('Something happened.[1] Then more.', 0)).toBe(
      'Something happened. Then more.',
    );
    expect(stripMarkers('A.[1][2]  B.[3]')).toBe('A. B.');
  });

  it('leaves an empty summary empty', () => {
    expect(summaryWithMarkers('  ', 2)).toBe('');
  });
});
