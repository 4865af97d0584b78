/** A message varying with a count, by the locale's plural categories (CLDR); `other` always. */
export type PluralMessage = { readonly other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;

/** A message: text with `{name}` placeholders, or plural forms of it chosen by `{count}`. */
export type Message = string | PluralMessage;

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; numbers are written the locale's way. */
export function fill(
  text: string,
  params: Params | undefined,
  numbers?: Intl.NumberFormat,
): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' && numbers ? numbers.format(v) : String(v);
  });
}

/** The plural form for `count`, falling back to `other` when a catalogue leaves a form out. */
export function pluralForm(m: PluralMessage, count: number, rules: Intl.PluralRules): string {
  // An exact zero reads better as its own sentence where a language has one ("No events").
  if (count === 0 && m.zero !== undefined) return m.zero;
  return m[rules.select(count)] ?? m.other;
}
