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
    doc.addEventListener('selectionchange', onChange);
    return () => doc.removeEventListener('selectionchange', onChange);
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
    sel.focusNode?.parentElement?.scrollIntoView?.({ block: 'nearest' });
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

function caretBox(sel: Selection, panel: HTMLElement | null): CaretBox | null {
  if (!panel || sel.rangeCount === 0 || !sel.focusNode) return null;
  const r = panel.ownerDocument.createRange();
  r.setStart(sel.focusNode, sel.focusOffset);
  const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
  if (!rect || (rect.height === 0 && rect.top === 0)) return null;
  const box = panel.getBoundingClientRect();
  return {
    left: rect.left - box.left + panel.scrollLeft,
    top: rect.top - box.top + panel.scrollTop,
    height: rect.height || 18,
  };
}
