/**
 * What the painter draws with: the part of CanvasRenderingContext2D it uses. A canvas gives
 * it directly; a recorder (in tests) or an SVG writer (for "Download image") can implement
 * the same few calls and get the same drawing from the same layout.
 */
export type Surface = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'clearRect'
  | 'fillRect'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'rect'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'clip'
  | 'fillText'
  | 'measureText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'direction'
>;

/** The colours the painter uses, resolved from the theme's CSS variables. */
export interface PaintTheme {
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly line: string;
  readonly panel: string;
  readonly accent: string;
  /** One colour per lane, by the lane's position in the data. */
  readonly lanes: readonly string[];
}
