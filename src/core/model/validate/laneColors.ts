import { isCssColor } from '../../color/cssColor';
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
    if (typeof lane.color === 'string' && isCssColor(lane.color)) return lane;
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
