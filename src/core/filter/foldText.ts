/**
 * Text as search compares it: lower case, and a letter with an accent as its base letter
 * ("Ása" as "asa"), so a reader who types a name without its accents, or a curator who wrote
 * it without them, still finds it. One UTF-16 unit for one, so an offset into the folded text
 * is the same offset in the original (a hit in a source is placed against cited passages).
 */
export function foldText(s: string): string {
  // Most text is plain ASCII, where lower case is all there is to it and keeps the length.
  if (ASCII.test(s)) return s.toLowerCase();
  const out: string[] = new Array<string>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = foldUnit(s[i]!);
  return out.join('');
}

// No code unit above 0x7f.
const ASCII = /^[^\u0080-\uffff]*$/;
const MARKS_AFTER_FIRST = /^.\p{M}+$/su;
const folded = new Map<string, string>();

/** One code unit folded to one: its lower case, then its base letter if it has an accent. */
function foldUnit(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    // A unit whose lower case is longer ("İ") keeps its own: offsets must hold.
    f = lower.length === 1 ? lower : c;
    const parts = f.normalize('NFD');
    if (MARKS_AFTER_FIRST.test(parts) && parts.charCodeAt(0) < 0xd800) {
      // The base letter, itself lower-cased ("İ", whose lower case is two units, gives "i").
      const base = parts[0]!.toLowerCase();
      f = base.length === 1 ? base : parts[0]!;
    }
    folded.set(c, f);
  }
  return f;
}
