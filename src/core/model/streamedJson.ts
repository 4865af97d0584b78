/**
 * A dataset's JSON parsed while it downloads. A 100,000-event file takes a third of a second
 * to download and as long again to parse in one `JSON.parse`; here each piece of text is
 * parsed as it arrives, so the parse ends with the download. The text is scanned only for
 * where its top-level `"events": [` array begins, where each of its objects ends, and where
 * the array ends; each run of whole objects goes to `JSON.parse`, and so does the rest of the
 * file (the head and tail around the array) at the end. Whatever it does not follow (an
 * escaped key, a second `events`, an element that is not an object, a missing comma between
 * two runs) ends in `null` from `end()`: the caller then parses the whole text, which also
 * says where the text broke. It never vouches for text `JSON.parse` would refuse: every
 * character is inside a string given to `JSON.parse` but the separators between runs, which
 * are checked here.
 */
export interface StreamedJson {
  /** The next piece of the text. */
  push(piece: string): void;
  /**
   * The text before the events array, once its start has been seen (so the sources it names
   * can be fetched early); null before.
   */
  readonly head: string | null;
  /** The parsed value, or null if the text must be parsed whole (see above). */
  end(): { value: unknown } | null;
}

const enum Mode {
  /** Before `"events": [` (or the whole text, if there is none). */
  Head,
  /** Inside the events array. */
  Events,
  /** After it. */
  Tail,
  /** Something this reader does not follow: the caller parses the whole text. */
  Give,
}

// Char codes
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** In the events array, what comes next. */
const enum Next {
  /** `{` of the first element, or `]`. */
  FirstOrEnd,
  /** `{` of an element (after a comma). */
  Element,
  /** Inside an element. */
  Inside,
  /** `,` or `]` after an element. */
  CommaOrEnd,
}

/** Finds the end of the string whose opening quote is before `from`: its closing quote's index. */
function closingQuote(s: string, from: number): number {
  let q = s.indexOf('"', from);
  while (q >= 0) {
    let slashes = 0;
    for (let k = q - 1; s.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q;
    q = s.indexOf('"', q + 1);
  }
  return q;
}

export function streamedJson(): StreamedJson {
  let mode = Mode.Head;
  /** Text not yet handed to JSON.parse (in the head: all of it so far). */
  let buf = '';
  /** Where scanning resumes in `buf`. */
  let at = 0;
  let inString = false;
  // The head: depth of objects and arrays, and what a string closed at depth 1 may be.
  let depth = 0;
  let keyStart = -1;
  let key: 'events' | 'escaped' | 'other' | null = null;
  let wantBracket = false;
  // The events array: depth inside the current element, where it and the run began, where
  // the run's last whole element ended.
  let next = Next.FirstOrEnd;
  let elemDepth = 0;
  let elemStart = -1;
  let runStart = -1;
  let lastEnd = -1;
  let head: string | null = null;
  const tailParts: string[] = [];
  const events: unknown[] = [];

  /** Hands the run's whole elements to JSON.parse. */
  function parseRun(s: string) {
    if (lastEnd < 0) return;
    const run = JSON.parse(`[${s.slice(runStart, lastEnd)}]`) as unknown[];
    for (let k = 0; k < run.length; k++) events.push(run[k]);
  }

  function scanHead(): void {
    const s = buf;
    for (let i = at; i < s.length; i++) {
      if (inString) {
        const q = closingQuote(s, i);
        if (q < 0) break;
        inString = false;
        i = q;
        if (keyStart >= 0) {
          const raw = s.slice(keyStart, q);
          key = raw === 'events' ? 'events' : raw.includes('\\') ? 'escaped' : 'other';
          keyStart = -1;
        }
        continue;
      }
      const c = s.charCodeAt(i);
      if (isSpace(c)) continue;
      if (wantBracket) {
        if (c !== OPEN_BRACKET) {
          mode = Mode.Give; // events that are not an array: the validator says so
          return;
        }
        head = s.slice(0, i + 1);
        buf = s.slice(i + 1);
        at = 0;
        mode = Mode.Events;
        return;
      }
      if (key !== null) {
        // A string at depth 1 followed by a colon is a key.
        const k = key;
        key = null;
        if (c === COLON && k === 'events') {
          wantBracket = true;
          continue;
        }
        if (c === COLON && k === 'escaped') {
          mode = Mode.Give; // it might spell "events"
          return;
        }
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1) keyStart = i + 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    }
    at = s.length;
  }

  function scanEvents(): void {
    const s = buf;
    for (let i = at; i < s.length; i++) {
      if (inString) {
        const q = closingQuote(s, i);
        if (q < 0) break;
        inString = false;
        i = q;
        continue;
      }
      const c = s.charCodeAt(i);
      if (next === Next.Inside) {
        if (c === QUOTE) inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) elemDepth++;
        else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --elemDepth === 0) {
          next = Next.CommaOrEnd;
          lastEnd = i + 1;
          elemStart = -1;
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (next === Next.CommaOrEnd && c === COMMA) next = Next.Element;
      else if (next !== Next.Element && c === CLOSE_BRACKET) {
        parseRun(s);
        // From the array's `]` on, the rest of the text is the tail.
        tailParts.push(s.slice(i));
        buf = '';
        at = 0;
        mode = Mode.Tail;
        return;
      } else if (next !== Next.CommaOrEnd && c === OPEN_BRACE) {
        next = Next.Inside;
        elemDepth = 1;
        elemStart = i;
        if (runStart < 0) runStart = i;
      } else {
        mode = Mode.Give; // not an object, or a separator JSON does not allow
        return;
      }
    }
    // The piece is scanned: parse its whole elements, keep the one under way.
    parseRun(s);
    const cut = elemStart >= 0 ? elemStart : s.length;
    buf = s.slice(cut);
    at = s.length - cut;
    elemStart = runStart = elemStart >= 0 ? 0 : -1;
    lastEnd = -1;
  }

  return {
    get head() {
      return head;
    },
    push(piece) {
      if (mode === Mode.Give) return;
      if (mode === Mode.Tail) {
        tailParts.push(piece);
        return;
      }
      buf += piece;
      try {
        if (mode === Mode.Head) scanHead();
        if (mode === Mode.Events) scanEvents();
      } catch {
        mode = Mode.Give; // a run JSON.parse refused
      }
    },
    end() {
      if (mode === Mode.Give || mode === Mode.Events) return null;
      try {
        if (mode === Mode.Head) return { value: JSON.parse(buf) as unknown };
        const whole = JSON.parse(head + tailParts.join('')) as Record<string, unknown>;
        whole.events = events;
        return { value: whole };
      } catch {
        return null;
      }
    },
  };
}
