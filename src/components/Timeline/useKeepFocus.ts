import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * When the focused event scrolls out of the window its button unmounts and focus would fall
 * to <body>, ending a keyboard session mid-zoom. Catch that after each render and hand focus
 * to the plot itself, which handles the same keys. Focus that the user moved elsewhere (to
 * another control, or by pointing outside the plot) is left alone.
 */
export function useKeepFocus(ref: RefObject<HTMLElement | null>, mounted: boolean) {
  const inside = useRef(false);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const root = node.getRootNode() as Document | ShadowRoot;
    const onIn = () => (inside.current = true);
    // A removed element's focusout has no relatedTarget: that is the case to catch, so only a
    // move to a real element outside counts as leaving.
    const onOut = (e: FocusEvent) => {
      if (e.relatedTarget instanceof Node && !node.contains(e.relatedTarget))
        inside.current = false;
    };
    const onPointer = (e: Event) => {
      if (!e.composedPath().includes(node)) inside.current = false;
    };
    node.addEventListener('focusin', onIn);
    node.addEventListener('focusout', onOut);
    root.addEventListener('pointerdown', onPointer, true);
    return () => {
      node.removeEventListener('focusin', onIn);
      node.removeEventListener('focusout', onOut);
      root.removeEventListener('pointerdown', onPointer, true);
    };
  }, [ref, mounted]);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || !inside.current) return;
    const active = (node.getRootNode() as Document | ShadowRoot).activeElement;
    if (!active || active === node.ownerDocument.body || !active.isConnected)
      node.focus({ preventScroll: true });
  });
}
