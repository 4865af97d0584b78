import { pickLocale, type Locale } from '../../core';

/**
 * The app's and the embed page's language: `?lang=`, else the browser's languages, else
 * English. (Their own `<html lang>` is only this project's default, not a host's choice.)
 */
export function pageLocale(
  location: { search: string },
  navigator: { languages?: readonly string[]; language?: string },
): Locale {
  const param = new URLSearchParams(location.search).get('lang');
  return pickLocale(param, ...(navigator.languages ?? [navigator.language]));
}

/**
 * The web component's language: its `lang` attribute, else the nearest ancestor's (the host
 * page's `<html lang>` at the latest), else the browser's languages, else English.
 */
export function elementLocale(
  el: Element,
  navigator: { languages?: readonly string[]; language?: string },
): Locale {
  const inherited = el.closest('[lang]')?.getAttribute('lang');
  const page = el.ownerDocument.documentElement.getAttribute('lang');
  return pickLocale(inherited, page, ...(navigator.languages ?? [navigator.language]));
}

/** `?time-direction=ltr` (or the attribute's value): time runs that way whatever the language. */
export function timeDirectionOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const v = value?.trim().toLowerCase();
  return v === 'ltr' || v === 'rtl' ? v : null;
}
