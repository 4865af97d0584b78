/** A message varying with a count, by the locale's plural categories (CLDR); `other` always. */
export type PluralMessage = { readonly other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;

/** A message: text with `{name}` placeholders, or plural forms of it chosen by `{count}`. */
export type Message = string | PluralMessage;

export type Params = Readonly<Record<string, string | number>>;

const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A value set apart from the sentence around it for the bidirectional algorithm (Unicode's
 * first-strong isolate): an English title inside an Arabic sentence keeps its own order and
 * its punctuation, and the sentence keeps its own.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * How text values are set apart (see `isolate`): 'always' in a right-to-left interface;
 * 'auto' (only values holding right-to-left text) in a left-to-right one, where English
 * values need nothing; 'never' for parts of one phrase (a date's day and time).
 */
export type Isolation = 'always' | 'auto' | 'never';

/** Fills `{name}` placeholders; numbers are written the locale's way. */
export function fill(
  text: string,
  params: Params | undefined,
  numbers?: Intl.NumberFormat,
  isolation: Isolation = 'never',
): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return numbers ? numbers.format(v) : String(v);
    return v && (isolation === 'always' || (isolation === 'auto' && RTL_CHARS.test(v)))
      ? isolate(v)
      : v;
  });
}

/** The plural form for `count`, falling back to `other` when a catalogue leaves a form out. */
export function pluralForm(m: PluralMessage, count: number, rules: Intl.PluralRules): string {
  // An exact zero reads better as its own sentence where a language has one ("No events").
  if (count === 0 && m.zero !== undefined) return m.zero;
  return m[rules.select(count)] ?? m.other;
}

const STRONG = /[\p{L}]/u;
/**
 * The direction a text takes by itself, from its first strong character (as `dir="auto"`
 * decides): a title in Arabic is right to left whatever the interface around it.
 */
export function ownDirection(text: string): 'ltr' | 'rtl' {
  const m = STRONG.exec(text);
  return m && RTL_CHARS.test(m[0]) ? 'rtl' : 'ltr';
}
