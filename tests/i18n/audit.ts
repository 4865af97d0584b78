import type { Message } from '../../src/core';

/** A catalogue read as data. */
export type Messages = Readonly<Record<string, Message>>;

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const forms = (m: Message): [string, string][] =>
  typeof m === 'string'
    ? [['text', m]]
    : Object.entries(m).filter((e): e is [string, string] => !!e[1]);
const names = (m: Message) => new Set(forms(m).flatMap(([, text]) => [...placeholders(text)]));

/**
 * What is wrong with a catalogue, measured against English and its language's plural rules
 * (Intl.PluralRules): a key missing or extra, a plural message given as plain text (or the
 * reverse), a plural form the language needs and lacks, a placeholder English does not have,
 * or one English has left out (a form may leave out the number it stands for, "one event";
 * Arabic's "zero" form may say "none" and drop the rest).
 */
export function audit(locale: string, c: Messages, en: Messages): string[] {
  const out: string[] = [];
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en)) if (!(key in c)) out.push(`${key}: missing`);
  for (const key of Object.keys(c)) if (!(key in en)) out.push(`${key}: not in English`);
  for (const [key, reference] of Object.entries(en)) {
    const m = c[key];
    if (m === undefined) continue;
    if (typeof reference !== typeof m) {
      out.push(
        `${key}: ${typeof reference === 'string' ? 'a plain message' : 'plural forms'} in English`,
      );
      continue;
    }
    if (typeof m !== 'string')
      for (const category of needed)
        if (!m[category]) out.push(`${key}: no "${category}" form, which ${locale} needs`);
    const expected = names(reference);
    for (const [form, text] of forms(m)) {
      if (!text.trim()) out.push(`${key}.${form}: empty`);
      for (const p of placeholders(text))
        if (!expected.has(p)) out.push(`${key}.${form}: {${p}} is not a placeholder of English`);
      if (form === 'zero') continue;
      for (const p of expected)
        if (p !== 'count' && !placeholders(text).has(p)) out.push(`${key}.${form}: no {${p}}`);
    }
  }
  return out;
}

/** Keys whose text is English's own, letters and all: a copied catalogue has many. */
export const untranslated = (c: Messages, en: Messages) =>
  Object.keys(en).filter(
    (k) =>
      typeof en[k] === 'string' &&
      en[k] === c[k] &&
      /[a-z]{4,}/.test((en[k] as string).replace(/\{\w+\}/g, '')),
  );
