import { textDirection, type Locale } from './locales';
import { fill, pluralForm, type Message, type Params } from './messages';

/** A catalogue: every message of the interface in one language, keyed like English's. */
export type Catalogue<K extends string = string> = { readonly [key in K]: Message };

export interface Translator<K extends string = string> {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  /** The message for `key`, with its placeholders filled; `count` picks the plural form. */
  t(key: K, params?: Params): string;
  /** A number written the locale's way. */
  n(value: number): string;
}

/** Messages in one language, with its plural rules and number format. */
export function createTranslator<K extends string>(
  locale: Locale,
  catalogue: Catalogue<K>,
): Translator<K> {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const dir = textDirection(locale);
  return {
    locale,
    dir,
    t(key, params) {
      const m = catalogue[key];
      if (m === undefined) return key;
      const text = typeof m === 'string' ? m : pluralForm(m, Number(params?.count ?? 0), rules);
      return fill(text, params, numbers, dir === 'rtl' ? 'always' : 'auto');
    },
    n: (value) => numbers.format(value),
  };
}
