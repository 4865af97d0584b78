import names from 'color-name';

/**
 * Whether a string is a CSS colour a lane may have: a named colour, #rgb(a)/#rrggbb(aa),
 * one of the colour functions (rgb, hsl, hwb, lab, lch, oklab, oklch, color) with plain
 * numeric arguments, or light-dark(A, B) of two such colours to give each theme its own.
 * Not var(), currentcolor, transparent or system colours: a lane's colour must be the
 * same wherever the timeline is embedded, and visible.
 */
export function isCssColor(value: string): boolean {
  const s = value.trim().toLowerCase();
  const ld = /^light-dark\((.*)\)$/.exec(s);
  if (ld) {
    const parts = splitTopLevel(ld[1]!);
    return parts.length === 2 && parts.every((p) => isPlainColor(p));
  }
  return isPlainColor(s);
}

function isPlainColor(s: string): boolean {
  const v = s.trim();
  if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(v)) return true;
  if (Object.hasOwn(names, v)) return true;
  // Arguments: numbers, percentages, angles, 'none', separators; for color(), a colour space.
  const fn = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(\s*([^()]*)\)$/.exec(v);
  if (!fn) return false;
  const args =
    fn[1] === 'color'
      ? fn[2]!.replace(
          /^(srgb|srgb-linear|display-p3|a98-rgb|prophoto-rgb|rec2020|xyz|xyz-d50|xyz-d65)\s/,
          '',
        )
      : fn[2]!;
  return /^[\s,/]*(?:(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:%|deg|grad|rad|turn)?|none)[\s,/]*)+$/.test(
    args,
  );
}

/** "a, b" split at commas outside parentheses. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/**
 * A plain colour as [r, g, b] when it is one that can be read without a browser (a name,
 * #rgb, #rrggbb, rgb()/rgba() with numbers); null for the rest (hsl, oklch…, light-dark).
 */
export function plainRgb(value: string): [number, number, number] | null {
  const v = value.trim().toLowerCase();
  if (Object.hasOwn(names, v)) return [...names[v]!] as [number, number, number];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn =
    /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/].*)?\)$/.exec(v);
  return fn ? [Number(fn[1]), Number(fn[2]), Number(fn[3])] : null;
}
