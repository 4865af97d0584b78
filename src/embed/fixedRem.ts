/**
 * `rem` is relative to the font size of the document's root element, and inside a shadow
 * root that is the host page's `<html>`: a page with `html { font-size: 62.5% }`, or
 * `* { font-size: 40px !important }`, would resize every rem-sized text and gap of the
 * component. The component's root sets its font in px (16px), so its stylesheet has each rem
 * turned into the px it was written for.
 */
export const fixedRem = (css: string, px = 16): string =>
  css.replace(/(^|[^\w.-])(-?\d*\.?\d+)rem\b/g, (_, before: string, n: string) => {
    const value = Math.round(Number(n) * px * 1000) / 1000;
    return `${before}${value}px`;
  });
