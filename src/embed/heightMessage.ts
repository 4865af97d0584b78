/**
 * The message an embed page posts to its parent whenever its content height changes:
 * `{ type: 'diplomatic-timeline:height', height: 812, id: 'my-frame' }`, where `id` echoes
 * the embed URL's `frame` parameter so a host with several iframes can tell them apart.
 */
export interface HeightMessage {
  readonly type: 'diplomatic-timeline:height';
  readonly height: number;
  readonly id: string | null;
}

export const HEIGHT_MESSAGE_TYPE = 'diplomatic-timeline:height';
