import { useLayoutEffect, useState, type RefObject } from 'react';
import { resolveTheme } from './paint/theme';
import type { PaintTheme } from './paint/surface';

/**
 * The canvas's colours, resolved from the stylesheet through a probe inside the timeline,
 * and resolved again when the theme changes: the system's colour scheme, or the root's
 * data-theme (the component's `theme` attribute).
 */
export function useThemeColours(
  probeRef: RefObject<HTMLElement | null>,
  laneColours: readonly string[],
  /** Whether the probe is on the page yet (the plot renders once it has a width). */
  mounted: boolean,
): PaintTheme | null {
  const [theme, setTheme] = useState<PaintTheme | null>(null);
  const key = laneColours.join('\n');
  useLayoutEffect(() => {
    const probe = probeRef.current;
    if (!probe) return;
    const colours = key.split('\n');
    const update = () => setTheme(resolveTheme(probe, colours));
    update();
    const scheme = probe.ownerDocument.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener('change', update);
    const root = probe.closest('.dt-root');
    const observer = root ? new MutationObserver(update) : null;
    if (root)
      observer!.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    return () => {
      scheme?.removeEventListener('change', update);
      observer?.disconnect();
    };
  }, [probeRef, key, mounted]);
  return theme;
}
