/**
 * Years are astronomical, as ISO 8601 and EDTF number them: 1 BCE is year 0, 44 BCE is
 * year -43. In data they are written with at least four digits and an optional "-"
 * ("0800", "0000", "-0043"); years past 9999 take a sign ("+12000", "-12000").
 */

/** The digits of a year as ISO 8601 writes them: 800 → "0800", -43 → "-0043". */
export function isoYear(year: number): string {
  const abs = Math.abs(year);
  const digits = String(abs).padStart(4, '0');
  if (abs > 9999) return `${year < 0 ? '-' : '+'}${digits}`;
  return year < 0 ? `-${digits}` : digits;
}

/** The year a historian writes as "N BCE" (no year zero), astronomically numbered. */
export const bceToAstronomical = (bce: number): number => 1 - bce;
