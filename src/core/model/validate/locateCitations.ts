import { CLOSEST_LIMIT, closestFor } from '../closestPassage';
import { locateQuote, type IndexedText } from '../locateQuote';
import type { Citation } from '../schema';
import type { LocatedCitation, SourceDoc } from '../timeline';
import { clip } from './problems';

export interface CitationContext {
  readonly sourceById: ReadonlyMap<string, SourceDoc>;
  readonly indexed: ReadonlyMap<string, IndexedText>;
  /** Sources cited so far, for the "never cited" warnings. */
  readonly usedSources: Set<string>;
}

/**
 * Finds each citation's passage in its source: exactly once, white space aside. `err` gets
 * a path relative to the event and a message (which leaves the event out); a citation that
 * fails is not returned. A reference with no text gives a citation with no range.
 */
export function locateCitations(
  citations: readonly Citation[],
  background: boolean,
  ctx: CitationContext,
  err: (path: string, message: string) => void,
): LocatedCitation[] {
  const out: LocatedCitation[] = [];
  for (let k = 0; k < citations.length; k++) {
    const c = citations[k]!;
    const at = () => `.citations[${k}]`;
    ctx.usedSources.add(c.source);
    const src = ctx.sourceById.get(c.source);
    if (!src) {
      err(`${at()}.source`, `no source with id "${clip(c.source, 40)}"`);
      continue;
    }
    const text = ctx.indexed.get(c.source);
    if (!text) {
      if (src.kind === 'reference' && src.file === undefined) {
        if (!background)
          err(
            `${at()}.source`,
            `"${c.source}" is a reference with no text: only background events may cite it`,
          );
        out.push({ source: c.source, quote: c.quote, range: null });
      } else {
        // Its source's own problem says why; here, that this event rests on a passage no one
        // can check, so it is not drawn as if it were cited.
        const why =
          src.file === undefined
            ? 'it gives no "file" or "text"'
            : `its file "${clip(src.file, 60)}" could not be read`;
        err(
          `${at()}.source`,
          `source "${clip(c.source, 40)}" has no text to find the quote in (${why}), so the passage cannot be checked`,
        );
      }
      continue;
    }
    const found = locateQuote(text, c.quote);
    if (found.kind === 'missing') {
      const closest = closestFor(text, c.quote);
      err(
        `${at()}.quote`,
        closest === null
          ? `not found in source "${clip(src.title, 60)}" (more than ${CLOSEST_LIMIT} of its quotes are missing: is it the right text?)`
          : `not found in source "${clip(src.title, 60)}"; closest: "${clip(closest, 120)}"`,
      );
    } else if (found.kind === 'ambiguous') {
      err(
        `${at()}.quote`,
        `found ${found.count} times in source "${clip(src.title, 60)}": quote a longer passage`,
      );
    } else {
      // One range per passage, shared by every event citing it (it is never mutated).
      out.push({ source: c.source, quote: c.quote, range: found.range });
    }
  }
  return out;
}
