import { contrastRatio, parseHex } from '../../color/contrast';
import { isCssColor, plainRgb } from '../../color/cssColor';
import { BACKGROUNDS } from '../../color/palette';
import { isObject, label, show, type Problems } from './problems';

/**
 * A lane whose `color` is not a CSS colour keeps its place and its events: the colour is
 * reported as an error and left out, so the lane takes its palette colour. (Dropping the
 * lane would drop every event in it over a typo in a colour.)
 */
export function withoutBadColors(raw: unknown, problems: Problems): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.map((lane, i) => {
    if (!isObject(lane) || lane.color === undefined) return lane;
    if (typeof lane.color === 'string' && isCssColor(lane.color)) {
      warnLowContrast(lane.color, `${label('lanes', i, lane)}.color`, problems);
      return lane;
    }
    problems.push({
      severity: 'error',
      path: `${label('lanes', i, lane)}.color`,
      message: `${show(lane.color)} is not a CSS colour (a name, #rrggbb, rgb()/hsl()/oklch()…, or light-dark(A, B)); the lane is drawn in its palette colour`,
    });
    const rest = { ...lane };
    delete rest.color;
    return rest;
  });
}

/**
 * One colour for both themes that is faint against either background (under 3:1, WCAG's
 * bar for marks) is a warning, with the way out: light-dark() gives each theme its own.
 */
function warnLowContrast(color: string, path: string, problems: Problems) {
  const rgb = plainRgb(color);
  if (!rgb) return;
  for (const theme of ['light', 'dark'] as const) {
    const ratio = contrastRatio(rgb, parseHex(BACKGROUNDS[theme])!);
    if (ratio < 3)
      problems.push({
        severity: 'warning',
        path,
        message: `${show(color)} has ${ratio.toFixed(1)}:1 contrast against the ${theme} background (${BACKGROUNDS[theme]}); marks want 3:1. Give each theme its own: light-dark(LIGHT, DARK)`,
      });
  }
}
