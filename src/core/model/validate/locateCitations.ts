import { closestPassage, locateQuote, type IndexedText } from '../locateQuote';
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
 * a path relative to the event and a message; a citation that fails is left out.
 */
export function locateCitations(
  citations: readonly Citation[],
  background: boolean,
  ctx: CitationContext,
  err: (path: string, message: string) => void,
): LocatedCitation[] {
  const out: LocatedCitation[] = [];
  citations.forEach((c, k) => {
    const at = `.citations[${k}]`;
    ctx.usedSources.add(c.source);
    const src = ctx.sourceById.get(c.source);
    if (!src) return void err(`${at}.source`, `no source with id "${clip(c.source, 40)}"`);
    const text = ctx.indexed.get(c.source);
    if (!text) {
      if (src.kind === 'reference' && src.file === undefined) {
        if (!background)
          err(
            `${at}.source`,
            `"${c.source}" is a reference with no text: only background events may cite it`,
          );
        out.push({ ...c, range: null });
      }
      return; // a missing file was reported on the source
    }
    const found = locateQuote(text, c.quote);
    if (found.kind === 'missing') {
      err(
        `${at}.quote`,
        `not found in source "${clip(src.title, 60)}"; closest: "${clip(closestPassage(text, c.quote), 120)}"`,
      );
    } else if (found.kind === 'ambiguous') {
      err(
        `${at}.quote`,
        `found ${found.count} times in source "${clip(src.title, 60)}": quote a longer passage`,
      );
    } else {
      out.push({ source: c.source, quote: c.quote, range: [found.start, found.end] });
    }
  });
  return out;
}
