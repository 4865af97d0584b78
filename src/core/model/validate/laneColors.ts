import { contrastRatio, parseHex } from '../../color/contrast';
import { isCssColor, plainRgb } from '../../color/cssColor';
import { BACKGROUNDS, LANE_PALETTE } from '../../color/palette';
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

/**
 * Lanes without a `color` take the palette's colours in order, and past its end they repeat:
 * a lane drawn in the same colour as an earlier lane is a warning on the later one, naming
 * the earlier, so the curator can give one of them a colour of its own.
 */
export function warnRepeatedColors(
  raw: unknown,
  lanes: readonly { readonly id: string; readonly color?: string }[],
  problems: Problems,
): void {
  const n = LANE_PALETTE.length;
  for (let i = n; i < lanes.length; i++) {
    const lane = lanes[i]!;
    if (lane.color) continue;
    let twin = i - n;
    while (twin >= 0 && lanes[twin]!.color) twin -= n;
    if (twin < 0) continue;
    const at = Array.isArray(raw) ? raw.findIndex((l) => isObject(l) && l.id === lane.id) : i;
    problems.push({
      severity: 'warning',
      path: label('lanes', at, lane),
      message: `is drawn in the same colour as lane "${lanes[twin]!.id}" (the palette has ${n} colours); give one of them a "color" of its own`,
    });
  }
}
