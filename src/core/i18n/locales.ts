/** The languages the interface ships in; adding one is one catalogue file and one entry here. */
export const LOCALES = ['en', 'fr', 'es', 'it', 'de', 'pt', 'ru', 'uk', 'ar', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL: ReadonlySet<string> = new Set(['ar', 'he']);

/** The writing direction of a locale's interface. */
export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (RTL.has(locale) ? 'rtl' : 'ltr');

/** "fr-CA" → "fr"; an unknown or malformed tag → null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // Hebrew's old code, still sent by some systems.
  const code = base === 'iw' ? 'he' : base;
  return (LOCALES as readonly string[]).includes(code) ? (code as Locale) : null;
}

/**
 * The first supported language among the candidates, in order of authority: the element's
 * `lang` attribute or the page's `?lang=`, then the host page's `<html lang>`, then the
 * browser's languages; English when none is supported.
 */
export function pickLocale(...candidates: readonly (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    const hit = matchLocale(c);
    if (hit) return hit;
  }
  return 'en';
}
