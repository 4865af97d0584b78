import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { selectedRange } from './textOffsets';

/** Where the keyboard caret is drawn, relative to the reader panel. */
export interface CaretBox {
  readonly left: number;
  readonly top: number;
  readonly height: number;
}

type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';
type ModifiableSelection = Selection & {
  modify?: (alter: 'move' | 'extend', dir: 'forward' | 'backward', g: Granularity) => void;
};

const MOVES: Record<string, ['forward' | 'backward', Granularity]> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/**
 * The passage selected in the source reader's text, as source offsets, by mouse or by
 * keyboard: the text is a focusable region where the arrow keys move a caret (drawn, since
 * the browser draws none in text that is not editable) and Shift+arrows select; with
 * Ctrl/Alt they go by words. The last selection made in the text is kept while focus moves
 * on to the buttons that cite it.
 */
export function useReaderSelection(
  doc: Document,
  textRef: RefObject<HTMLDivElement | null>,
  panelRef: RefObject<HTMLElement | null>,
  sourceId: string | null,
) {
  // The selection with the source it was made in: another source's selection is no selection.
  const [picked, setPicked] = useState<{ sourceId: string | null; range: [number, number] | null }>(
    { sourceId: null, range: null },
  );
  const range = picked.sourceId === sourceId ? picked.range : null;
  const setRange = useCallback(
    (r: [number, number] | null) => setPicked({ sourceId, range: r }),
    [sourceId],
  );
  const [caret, setCaret] = useState<CaretBox | null>(null);

  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      const sel = doc.getSelection();
      if (!root || !sel || sel.rangeCount === 0) return;
      const r = sel.getRangeAt(0);
      if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) {
        setCaret(null);
        return; // focus moved on (to "Cite"): keep the passage chosen
      }
      setRange(selectedRange(root, sel));
      setCaret(root.contains(doc.activeElement) ? caretBox(sel, panelRef.current) : null);
    };
    // The reader scrolls inside itself: the drawn caret follows the text.
    const onScroll = () => {
      const root = textRef.current;
      const sel = doc.getSelection();
      if (root && sel && root.contains(doc.activeElement))
        setCaret(caretBox(sel, panelRef.current));
    };
    const panel = panelRef.current;
    doc.addEventListener('selectionchange', onChange);
    panel?.addEventListener('scroll', onScroll, true);
    return () => {
      doc.removeEventListener('selectionchange', onChange);
      panel?.removeEventListener('scroll', onScroll, true);
    };
  }, [doc, textRef, panelRef, setRange]);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    const root = e.currentTarget;
    const sel = root.ownerDocument.getSelection() as ModifiableSelection | null;
    if (!move || !sel?.modify || e.metaKey) return;
    if (sel.rangeCount === 0 || !root.contains(sel.anchorNode)) placeCaretAtStart(root, sel);
    const granularity: Granularity =
      (e.ctrlKey || e.altKey) && move[1] === 'character'
        ? 'word'
        : e.ctrlKey && move[1] === 'lineboundary'
          ? 'documentboundary'
          : move[1];
    sel.modify(e.shiftKey ? 'extend' : 'move', move[0], granularity);
    e.preventDefault();
    keepInView(root, sel);
  }, []);

  /** Puts the caret at the start of the text when focus arrives with no selection in it. */
  const onFocus = useCallback(() => {
    const root = textRef.current;
    const sel = root?.ownerDocument.getSelection();
    if (!root || !sel) return;
    if (sel.rangeCount === 0 || !root.contains(sel.anchorNode)) placeCaretAtStart(root, sel);
    setCaret(caretBox(sel, panelRef.current));
  }, [textRef, panelRef]);

  const clear = useCallback(() => {
    setRange(null);
    const root = textRef.current;
    const sel = root?.ownerDocument.getSelection();
    if (root && sel && root.contains(sel.anchorNode)) sel.collapseToEnd();
  }, [textRef, setRange]);

  return { range, caret, onKeyDown, onFocus, clear, setCaret };
}

function placeCaretAtStart(root: HTMLElement, sel: Selection) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) sel.collapse(first, 0);
}

/**
 * Where the caret (the selection's focus) is on screen. A collapsed range at a line break
 * has no box of its own: then the character after it (or before it) tells where it is.
 */
function caretRect(sel: Selection): DOMRect | null {
  const node = sel.focusNode;
  if (!node) return null;
  const doc = node.ownerDocument ?? document;
  const r = doc.createRange();
  r.setStart(node, sel.focusOffset);
  const own = r.getClientRects()[0];
  if (own) return own;
  const len = node.nodeType === Node.TEXT_NODE ? (node as Text).length : 0;
  if (sel.focusOffset < len) {
    r.setEnd(node, sel.focusOffset + 1);
    const next = r.getClientRects()[0];
    if (next) return new DOMRect(next.left, next.top, 0, next.height);
  }
  if (sel.focusOffset > 0) {
    r.setStart(node, sel.focusOffset - 1);
    r.setEnd(node, sel.focusOffset);
    const prev = r.getClientRects()[0];
    if (prev) return new DOMRect(prev.right, prev.top, 0, prev.height);
  }
  return null;
}

/** Scrolls the reader (not the page) just enough to keep the caret in sight. */
function keepInView(root: HTMLElement, sel: Selection) {
  const rect = caretRect(sel);
  const scroller = root.closest<HTMLElement>('.source-reader');
  if (!rect || !scroller) return;
  const box = scroller.getBoundingClientRect();
  // The "Cite this passage" bar sticks to the reader's top and covers what is under it.
  const covered =
    scroller.querySelector('.desk-citebar')?.getBoundingClientRect().bottom ?? box.top;
  if (rect.top < covered) scroller.scrollTop -= covered - rect.top + 8;
  else if (rect.bottom > box.bottom) scroller.scrollTop += rect.bottom - box.bottom + 8;
}

function caretBox(sel: Selection, panel: HTMLElement | null): CaretBox | null {
  if (!panel || sel.rangeCount === 0) return null;
  const rect = caretRect(sel);
  if (!rect) return null;
  const box = panel.getBoundingClientRect();
  return {
    left: rect.left - box.left + panel.scrollLeft,
    top: rect.top - box.top + panel.scrollTop,
    height: rect.height || 18,
  };
}
