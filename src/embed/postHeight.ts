import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from './heightMessage';

/**
 * Posts the document's height to the parent on every change. The target origin is '*'
 * because an embed cannot know its host; the message holds nothing but a number.
 */
export function postHeightToParent(win: Window, id: string | null): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height, id };
    win.parent.postMessage(message, '*');
  };
  const ro = new ResizeObserver(post);
  ro.observe(win.document.documentElement);
  post();
  return () => ro.disconnect();
}
