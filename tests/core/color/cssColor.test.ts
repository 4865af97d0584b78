import { describe, expect, it } from 'vitest';
import { isCssColor } from '../../../src/core/color/cssColor';
import { validateTimeline } from '../../../src/core';

describe('isCssColor', () => {
  it.each([
    '#0072b2',
    '#07b',
    '#0072b2cc',
    'teal',
    'RebeccaPurple',
    'rgb(0 114 178)',
    'rgba(0, 114, 178, 0.8)',
    'hsl(200deg 100% 35%)',
    'oklch(55% 0.15 250)',
    'color(display-p3 0.1 0.4 0.7)',
    'light-dark(#0072b2, #4ba3e3)',
    ' light-dark(teal, rgb(0 200 200)) ',
  ])('accepts %s', (c) => expect(isCssColor(c)).toBe(true));

  it.each([
    '',
    'blu',
    '#12',
    '#gggggg',
    'var(--x)',
    'currentcolor',
    'transparent',
    'rgb(0 0 0); background: url(x)',
    'rgb(calc(1) 0 0)',
    'url(javascript:alert(1))',
    'light-dark(#000)',
    'light-dark(var(--a), #fff)',
    'expression(alert(1))',
  ])('rejects %j', (c) => expect(isCssColor(c)).toBe(false));
});

describe('a lane colour in the data', () => {
  const data = (color: string) => ({
    title: 't',
    lanes: [{ id: 'a', label: 'A', color }],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'one' }],
    events: [
      {
        id: 'e',
        title: 'E',
        start: '2022',
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'one' }],
      },
    ],
  });
  it('is kept when it is a CSS colour', () => {
    const { timeline, problems } = validateTimeline(data('#0072b2'), new Map());
    expect(problems).toEqual([]);
    expect(timeline.lanes[0]!.color).toBe('#0072b2');
  });
  it('is an error naming its place when it is not, and the lane and its events stay', () => {
    const { timeline, problems } = validateTimeline(data('var(--brand)'), new Map());
    expect(problems.map((p) => `${p.severity} ${p.path}`)).toEqual(['error lanes[0] (a).color']);
    expect(problems[0]!.message).toMatch(/"var\(--brand\)" is not a CSS colour/);
    expect(timeline.lanes).toEqual([{ id: 'a', label: 'A' }]);
    expect(timeline.events.map((e) => e.id)).toEqual(['e']);
  });
  it('is a warning, with the way out, when one colour is faint against a theme', () => {
    const { problems } = validateTimeline(data('#6a3d9a'), new Map());
    expect(problems.map((p) => `${p.severity} ${p.path}`)).toEqual(['warning lanes[0] (a).color']);
    expect(problems[0]!.message).toMatch(
      /2\.\d:1 contrast against the dark background.*light-dark/,
    );
    expect(validateTimeline(data('light-dark(#6a3d9a, #b58ee0)'), new Map()).problems).toEqual([]);
    expect(validateTimeline(data('yellow'), new Map()).problems[0]!.message).toMatch(
      /light background/,
    );
  });
  it('is an error when it is not a string', () => {
    const { problems } = validateTimeline(data(42 as unknown as string), new Map());
    expect(problems.map((p) => p.path)).toEqual(['lanes[0] (a).color']);
  });
});

describe('lanes past the end of the palette', () => {
  // Eleven lanes, one event in each; `colored` lanes give a colour of their own.
  const data = (colored: readonly number[] = []) => ({
    title: 't',
    lanes: Array.from({ length: 11 }, (_, i) => ({
      id: `l${i}`,
      label: `L${i}`,
      ...(colored.includes(i) ? { color: 'light-dark(#0072b2, #56b4e9)' } : {}),
    })),
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'one' }],
    events: Array.from({ length: 11 }, (_, i) => ({
      id: `e${i}`,
      title: 'E',
      start: '2022',
      lane: `l${i}`,
      summary: 'S.[1]',
      citations: [{ source: 's', quote: 'one' }],
    })),
  });
  const warnings = (colored?: readonly number[]) =>
    validateTimeline(data(colored), new Map()).problems.map((p) => `${p.path}: ${p.message}`);

  it('warn on each lane drawn in an earlier lane’s colour, naming it', () => {
    expect(warnings()).toEqual([
      'lanes[8] (l8): is drawn in the same colour as lane "l0" (the palette has 8 colours); give one of them a "color" of its own',
      'lanes[9] (l9): is drawn in the same colour as lane "l1" (the palette has 8 colours); give one of them a "color" of its own',
      'lanes[10] (l10): is drawn in the same colour as lane "l2" (the palette has 8 colours); give one of them a "color" of its own',
    ]);
  });
  it('say nothing where either lane has a colour of its own', () => {
    expect(warnings([0, 9, 10])).toEqual([]);
  });
});
