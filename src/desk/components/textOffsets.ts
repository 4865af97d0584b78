/**
 * Between DOM selections in the source reader and offsets in the source's text. Each run of
 * text the reader renders sits in an element carrying `data-at` (its offset in the source);
 * anything else in there (the "↩" links) is not text of the source and is skipped.
 */

const hostOf = (t: Node): HTMLElement | null => {
  const el = t.parentElement;
  if (!el || el.closest('button')) return null;
  return el.hasAttribute('data-at') ? el : null;
};

function textNodes(root: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (hostOf(n)) out.push(n as Text);
  return out;
}

/** The source offset of a DOM boundary point inside `root`, or null outside it. */
export function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const host = hostOf(node);
    if (host) return Number(host.dataset.at) + offset;
  }
  // A point between elements (or in a "↩" link): the next run of source text starts here.
  const range = root.ownerDocument.createRange();
  range.setStart(node, offset);
  const nodes = textNodes(root);
  for (const t of nodes) {
    if (range.comparePoint(t, 0) >= 0) return Number(hostOf(t)!.dataset.at);
  }
  const last = nodes[nodes.length - 1];
  return last ? Number(hostOf(last)!.dataset.at) + last.length : 0;
}

/** The selection inside `root` as [start, end) of the source text; null if empty or outside. */
export function selectedRange(root: HTMLElement, sel: Selection | null): [number, number] | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
  const a = offsetAt(root, r.startContainer, r.startOffset);
  const b = offsetAt(root, r.endContainer, r.endOffset);
  return a === null || b === null || a === b ? null : [Math.min(a, b), Math.max(a, b)];
}

/** A DOM range over source text [start, end), for highlighting a proposed quote. */
export function rangeOf(root: HTMLElement, start: number, end: number): Range | null {
  const point = (off: number, preferEnd: boolean): [Text, number] | null => {
    for (const t of textNodes(root)) {
      const at = Number(hostOf(t)!.dataset.at);
      if (off >= at && (off < at + t.length || (preferEnd && off === at + t.length)))
        return [t, off - at];
    }
    return null;
  };
  const a = point(start, false);
  const b = point(end, true);
  if (!a || !b) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
