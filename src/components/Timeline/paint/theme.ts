import type { PaintTheme } from './surface';

const NAMES = ['bg', 'fg', 'muted', 'line', 'panel', 'accent'] as const;

/**
 * The theme's colours as the canvas needs them: each CSS value (a variable, light-dark(), a
 * lane's colour from the data) set on a probe element inside the timeline and read back
 * computed, so the canvas uses exactly the colours the stylesheet would, in either theme,
 * inside a shadow root as well (where @property and other registrations do not reach).
 */
export function resolveTheme(probe: HTMLElement, laneColours: readonly string[]): PaintTheme {
  const view = probe.ownerDocument.defaultView;
  const read = (value: string) => {
    probe.style.setProperty('color', value);
    return view ? view.getComputedStyle(probe).color : value;
  };
  const base = Object.fromEntries(NAMES.map((n) => [n, read(`var(--${n})`)])) as Record<
    (typeof NAMES)[number],
    string
  >;
  const lanes = laneColours.map(read);
  probe.style.removeProperty('color');
  return { ...base, lanes };
}
