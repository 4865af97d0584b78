const names = new Map<string, Intl.DisplayNames>();

/**
 * A language code as its name, in the reader's language ("fr" → "French"), through
 * Intl.DisplayNames; the code itself when it is not a valid language tag.
 */
export function languageName(code: string, locale = 'en'): string {
  let dn = names.get(locale);
  if (!dn) names.set(locale, (dn = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    const name = dn.of(code.trim());
    return name && name !== code.trim() ? name : code;
  } catch {
    return code; // RangeError: not a BCP 47 tag
  }
}
