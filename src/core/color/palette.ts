/**
 * Lane colours when the data gives none, in lane order: the hues of the Okabe–Ito palette
 * (made for readers with colour-vision deficiencies), their lightness and chroma moved in
 * OKLCH until each is at least 3:1 against the background in its theme (WCAG non-text
 * contrast) while the first six stay at least 12 ΔE apart under simulated protanopia,
 * deuteranopia and tritanopia. Plain darkening alone would not do: a dark enough orange is
 * the vermillion's twin to a deuteranope. tests/core/color checks both properties. Past
 * eight lanes the palette repeats: the validator warns (laneColors.ts), and such lanes take a
 * `color` of their own.
 */
export const LANE_PALETTE: readonly { readonly light: string; readonly dark: string }[] = [
  { light: '#1392d4', dark: '#1392d4' }, // blue
  { light: '#f55e07', dark: '#f55e07' }, // vermillion
  { light: '#18804d', dark: '#2a8c59' }, // bluish green
  { light: '#c85ca4', dark: '#c85ca4' }, // reddish purple
  { light: '#b58545', dark: '#b58545' }, // orange, as ochre
  { light: '#1e3d58', dark: '#a7c4de' }, // sky blue, as slate
  { light: '#715f02', dark: '#897727' }, // yellow, as olive
  { light: '#666666', dark: '#b0b0b0' }, // black, as grey
];

/** The backgrounds marks are drawn on, light and dark (base.css's --bg; a test keeps them equal). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#12161c' } as const;

/**
 * A lane's colour as a CSS value: its own `color` from the data, else the palette entry for
 * its position, as light-dark() so it follows the theme.
 */
export function laneColor(lane: { readonly color?: string }, index: number): string {
  if (lane.color) return lane.color;
  const p = LANE_PALETTE[index % LANE_PALETTE.length]!;
  return `light-dark(${p.light}, ${p.dark})`;
}
