import { describe, expect, it } from 'vitest';
import { placeTickLabels } from '../../../src/core/layout/tickLabels';
import { epochMs } from '../../../src/core';

const tick = (x: number, label: string) => ({ t: epochMs(x), x, label, major: false });
const measure = (s: string) => s.length * 7;

describe('placeTickLabels', () => {
  it('leaves out a label the right edge would cut, keeping the tick', () => {
    const placed = placeTickLabels(
      [tick(0, 'Sat 8'), tick(600, 'Sun 9'), tick(1270, 'Fri')],
      measure,
      1280,
    );
    expect(placed.map((t) => [t.label, t.labelShown])).toEqual([
      ['Sat 8', true],
      ['Sun 9', true],
      ['Fri', false],
    ]);
  });
  it('shows a label that ends exactly at the edge', () => {
    expect(placeTickLabels([tick(1255, 'Fri')], measure, 1280)[0]!.labelShown).toBe(true);
  });
  it('leaves out a label that would run into the one before', () => {
    const placed = placeTickLabels([tick(0, '1 January 2022'), tick(50, 'Sun 2')], measure, 1280);
    expect(placed.map((t) => t.labelShown)).toEqual([true, false]);
  });
  it('measures a major label as set, in its heavier weight', () => {
    const major = { ...tick(0, 'Mon 10 Jan'), major: true };
    // 10 chars: 70 px regular, 90 px bold; the next label starts at 84 px.
    const weighed = (s: string, heavy: boolean) => s.length * (heavy ? 9 : 7);
    expect(placeTickLabels([major, tick(80, '12:00')], weighed, 1280)[1]!.labelShown).toBe(false);
    expect(placeTickLabels([major, tick(80, '12:00')], measure, 1280)[1]!.labelShown).toBe(true);
  });
  it('never drops a month for the wide day label before it: the day goes instead', () => {
    // Arabic's "السبت، 29" is wider than "Sat 29": it runs past the tick of 1 May.
    const month = { ...tick(100, '1 مايو 2023'), major: true };
    const placed = placeTickLabels(
      [tick(50, 'السبت، 29'), month, tick(200, 'الأربعاء، 3')],
      measure,
      1280,
    );
    expect(placed.map((t) => [t.label, t.labelShown])).toEqual([
      ['السبت، 29', false],
      ['1 مايو 2023', true],
      ['الأربعاء، 3', true],
    ]);
  });
  it('fits day labels before a month when they end in time', () => {
    const month = { ...tick(300, 'May 2023'), major: true };
    const placed = placeTickLabels([tick(0, 'Sat 29'), tick(150, 'Sun 30'), month], measure, 1280);
    expect(placed.map((t) => t.labelShown)).toEqual([true, true, true]);
  });
});
