import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  stackLabels,
  type LabelLayout,
  type LabelLayoutOptions,
} from '../../../src/core/layout/stackLabels';

const opts: LabelLayoutOptions = {
  maxRows: 3,
  gap: 4,
  markWidth: 12,
  minLabel: 40,
  clusterWidth: 36,
};

/** Every box of the layout, by row: labels and clusters alike. */
function overlaps(layout: LabelLayout, gap: number): string[] {
  const boxes = [
    ...layout.placed,
    ...layout.clusters.map((c) => ({ ...c, id: `+${c.ids.join(',')}` })),
  ];
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!,
        b = boxes[j]!;
      if (a.row === b.row && a.x < b.boxEnd + gap && b.x < a.boxEnd + gap)
        bad.push(`${a.id} × ${b.id} in row ${a.row}`);
    }
  return bad;
}

describe('stackLabels', () => {
  it('puts labels that would collide in separate rows', () => {
    const l = stackLabels(
      [
        { id: 'a', x: 0, end: 0, width: 100 },
        { id: 'b', x: 10, end: 10, width: 100 },
      ],
      opts,
    );
    expect(l.placed.map((p) => [p.id, p.row])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('keeps full labels when every item finds a row', () => {
    const l = stackLabels(
      [
        { id: 'a', x: 0, end: 0, width: 300 },
        { id: 'b', x: 100, end: 100, width: 50 },
      ],
      opts,
    );
    expect(l.placed.map((p) => [p.id, p.row, p.elided])).toEqual([
      ['a', 0, false],
      ['b', 1, false],
    ]);
  });

  it('elides a label to the room before the next item when that spares a cluster, never below minLabel', () => {
    const l = stackLabels(
      [
        { id: 'a', x: 0, end: 0, width: 300 },
        { id: 'b', x: 100, end: 100, width: 50 },
      ],
      { ...opts, maxRows: 1 },
    );
    const a = l.placed.find((p) => p.id === 'a')!;
    expect(a.elided).toBe(true);
    expect(a.labelWidth).toBe(100 - 12 - 4);
    expect(l.placed.find((p) => p.id === 'b')!.row).toBe(0);
    expect(l.clusters).toEqual([]);
  });

  it('gathers what finds no row into "+N" clusters in the overflow row', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, x: 50, end: 50, width: 80 }));
    const l = stackLabels(items, opts);
    expect(l.placed).toHaveLength(3);
    expect(l.clusters).toEqual([{ ids: ['e3', 'e4', 'e5'], x: 50, boxEnd: 86, row: 3 }]);
    expect(l.rows).toBe(4);
  });

  it('puts a label that would cross the right edge before its mark instead', () => {
    const l = stackLabels([{ id: 'a', x: 900, end: 900, width: 300 }], { ...opts, maxX: 1000 });
    expect(l.placed[0]).toMatchObject({
      side: 'before',
      labelWidth: 300,
      elided: false,
      textX: 900 - 12 - 300,
      x: 900 - 12 - 300,
    });
  });

  it('elides a label that fits on neither side to the larger room, inside the view', () => {
    const left = stackLabels([{ id: 'a', x: 120, end: 120, width: 300 }], { ...opts, maxX: 200 });
    expect(left.placed[0]).toMatchObject({ side: 'before', labelWidth: 120 - 12, elided: true });
    const right = stackLabels([{ id: 'a', x: 60, end: 60, width: 300 }], { ...opts, maxX: 200 });
    expect(right.placed[0]).toMatchObject({
      side: 'after',
      labelWidth: 200 - 60 - 12,
      elided: true,
    });
  });

  it('labels a mark that began left of the view at the left edge', () => {
    const l = stackLabels([{ id: 'a', x: -400, end: 300, width: 100 }], { ...opts, maxX: 1000 });
    expect(l.placed[0]).toMatchObject({ x: 0, textX: 12, side: 'after', boxEnd: 300 });
  });

  it('keeps "+N" badges inside the view', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({
      id: `e${i}`,
      x: 995,
      end: 995,
      width: 80,
    }));
    const l = stackLabels(items, { ...opts, maxX: 1000 });
    expect(l.clusters[0]).toMatchObject({ x: 1000 - 36, boxEnd: 1000 });
  });

  it('always labels a pinned item, even in a crowd', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, x: 50, end: 50, width: 80 }));
    const l = stackLabels(items, { ...opts, pinned: new Set(['e5']) });
    expect(l.placed.some((p) => p.id === 'e5')).toBe(true);
    expect(l.clusters.flatMap((c) => c.ids)).not.toContain('e5');
  });

  it('moves nothing when the pinned item already has a label', () => {
    const items = [0, 10, 20, 30].map((x, i) => ({ id: `e${i}`, x, end: x, width: 100 }));
    const before = stackLabels(items, opts);
    const pinned = stackLabels(items, { ...opts, pinned: new Set(['e2']) });
    expect(before.placed.find((p) => p.id === 'e2')!.row).toBe(2);
    expect(pinned).toEqual(before);
  });

  it('never lets two boxes in a row intersect, and accounts for every item (property)', () => {
    const item = fc.record({
      x: fc.double({ min: -500, max: 3000, noNaN: true }),
      len: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true })),
      width: fc.double({ min: 1, max: 400, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 120 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(119), { maxLength: 3 }),
        fc.option(fc.integer({ min: 100, max: 3000 }), { nil: undefined }),
        (raw, maxRows, pins, maxX) => {
          const items = raw.map((r, i) => ({
            id: `e${i}`,
            x: r.x,
            end: r.x + r.len,
            width: r.width,
          }));
          const o = { ...opts, maxRows, maxX, pinned: new Set(pins.map((p) => `e${p}`)) };
          const l = stackLabels(items, o);
          expect(overlaps(l, o.gap)).toEqual([]);
          if (maxX !== undefined) {
            // Nothing of a label or a badge lies outside the view when its mark is inside it.
            const inside = new Set(items.filter((i) => i.x >= 0 && i.x <= maxX).map((i) => i.id));
            const out = l.placed
              .filter((p) => inside.has(p.id))
              .filter((p) => p.textX < -1e-9 || p.textX + p.labelWidth > maxX + 1e-9)
              .map((p) => `${p.id} text ${p.textX}–${p.textX + p.labelWidth}`);
            out.push(
              ...l.clusters.filter((c) => c.x < 0 || c.boxEnd > maxX).map((c) => `+${c.ids}`),
            );
            expect(out).toEqual([]);
          }
          // One pinned item always has a label.
          const pin = `e${pins[0]}`;
          if (pins.length === 1 && items.some((i) => i.id === pin))
            expect(l.placed.map((p) => p.id)).toContain(pin);
          const seen = [...l.placed.map((p) => p.id), ...l.clusters.flatMap((c) => c.ids)].sort();
          expect(seen).toEqual(items.map((i) => i.id).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
