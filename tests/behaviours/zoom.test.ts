// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { attachZoom, zoomIdentity } from '../../src/behaviours/zoom';

describe('attachZoom', () => {
  it('does not report a move it was told to make (no echo back into the store)', () => {
    const node = document.createElement('div');
    document.body.append(node);
    const seen: number[] = [];
    const handle = attachZoom(node, {
      width: 500,
      height: 100,
      scaleExtent: [1, 100],
      onGesture: (t) => seen.push(t.k),
    });
    handle.moveTo(zoomIdentity.scale(4).translate(-100, 0));
    handle.moveTo(zoomIdentity.scale(4).translate(-100, 0));
    expect(seen).toEqual([]);
    handle.detach();
    node.remove();
  });
});
