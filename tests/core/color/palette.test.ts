import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, LANE_PALETTE, laneColor } from '../../../src/core/color/palette';
import { contrastRatio, parseHex } from '../../../src/core/color/contrast';

// The backgrounds the marks are drawn on, read from the stylesheet itself so that a change
// to either side is checked.
const css = readFileSync('src/styles/base.css', 'utf8');
function themeColours(name: string): { light: string; dark: string } {
  const m = new RegExp(
    `--${name}:\\s*light-dark\\((#[0-9a-f]{3,6}),\\s*(#[0-9a-f]{3,6})\\)`,
    'i',
  ).exec(css);
  if (!m) throw new Error(`--${name} is not a light-dark() pair of hex colours in base.css`);
  return { light: m[1]!, dark: m[2]! };
}
const rgb = (hex: string) => parseHex(hex)!;

describe('the backgrounds', () => {
  it("are base.css's --bg in each theme", () => {
    expect(themeColours('bg')).toEqual(BACKGROUNDS);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(rgb('#0072b2'), rgb('#0072b2'))).toBe(1);
  });
  it('matches WCAG reference values', () => {
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio(rgb('#767676'), rgb('#ffffff'))).toBeCloseTo(4.54, 2);
  });
});

describe('the lane palette', () => {
  for (const surface of ['bg', 'panel']) {
    const bg = themeColours(surface);
    it(`has every light variant at 3:1 or more against the light --${surface} (${bg.light})`, () => {
      const low = LANE_PALETTE.map(
        (p) => [p.light, contrastRatio(rgb(p.light), rgb(bg.light))] as const,
      )
        .filter(([, r]) => r < 3)
        .map(([c, r]) => `${c} ${r.toFixed(2)}:1`);
      expect(low).toEqual([]);
    });
    it(`has every dark variant at 3:1 or more against the dark --${surface} (${bg.dark})`, () => {
      const low = LANE_PALETTE.map(
        (p) => [p.dark, contrastRatio(rgb(p.dark), rgb(bg.dark))] as const,
      )
        .filter(([, r]) => r < 3)
        .map(([c, r]) => `${c} ${r.toFixed(2)}:1`);
      expect(low).toEqual([]);
    });
  }

  it('keeps the first six lanes apart for readers with each kind of colour blindness', () => {
    // Machado et al. (2009) simulation at full severity, in linear RGB; distance in CIELAB.
    const M = {
      protan: [
        0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
      ],
      deutan: [
        0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
      ],
      tritan: [
        1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
      ],
      none: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    };
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const lab = (hex: string, m: number[]) => {
      const [r, g, b] = rgb(hex).map(lin) as [number, number, number];
      const s = [0, 3, 6].map((i) =>
        Math.min(1, Math.max(0, m[i]! * r + m[i + 1]! * g + m[i + 2]! * b)),
      );
      const [R, G, B] = s as [number, number, number];
      const X = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
      const Y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
      const Z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
      const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
      return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
    };
    const worst: string[] = [];
    for (const theme of ['light', 'dark'] as const)
      for (const [kind, m] of Object.entries(M)) {
        const cols = LANE_PALETTE.slice(0, 6).map((p) => lab(p[theme], m));
        for (let i = 0; i < cols.length; i++)
          for (let j = i + 1; j < cols.length; j++) {
            const d = Math.hypot(...cols[i]!.map((v, k) => v - cols[j]![k]!));
            if (d < 12)
              worst.push(`${theme} ${kind}: lanes ${i + 1} and ${j + 1} ΔE ${d.toFixed(1)}`);
          }
      }
    expect(worst).toEqual([]);
  });

  it("uses a lane's own colour when the data gives one, else the palette by position", () => {
    expect(laneColor({ color: 'teal' }, 3)).toBe('teal');
    expect(laneColor({}, 0)).toBe(
      `light-dark(${LANE_PALETTE[0]!.light}, ${LANE_PALETTE[0]!.dark})`,
    );
    expect(laneColor({}, LANE_PALETTE.length + 1)).toBe(laneColor({}, 1));
    expect(laneColor({}, 0)).not.toBe(laneColor({}, 1));
  });
});
