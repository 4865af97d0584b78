import { couldNotLoad, mark, parseTimelineText, streamedJson, type LoadResult } from '../../core';

/** The dataset's parse, or the failed load that says why there is none. */
export type Streamed = { readonly raw: unknown } | { readonly failed: LoadResult };

/**
 * Reads the dataset's JSON (the `response` to fetching `url`) and parses it piece by piece
 * as it downloads, handing each piece's bytes on to `onBytes` as well (a worker that parses
 * its own copy). Text the piecewise reader leaves alone is parsed whole at the end, which
 * also says where broken JSON broke: the same messages as a plain load. Its own chunk: the
 * request goes out before this code arrives (the browser keeps what comes meanwhile).
 */
export async function readStreamed(
  url: string,
  response: Promise<Response>,
  onBytes: (bytes: Uint8Array) => void,
): Promise<Streamed> {
  const pieces: string[] = [];
  const reader = streamedJson();
  try {
    const res = await response;
    const decoder = new TextDecoder();
    const add = (piece: string) => {
      pieces.push(piece);
      reader.push(piece);
    };
    if (!res.body) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      add(decoder.decode(bytes));
      onBytes(bytes);
    } else {
      const body = res.body.getReader();
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        // Decoded first: `onBytes` may transfer the bytes away.
        add(decoder.decode(value, { stream: true }));
        onBytes(value);
      }
    }
    add(decoder.decode());
  } catch (e) {
    return { failed: couldNotLoad(url, e) };
  }
  const parsed = reader.end();
  if (parsed) {
    mark('dt:parsed');
    return { raw: parsed.value };
  }
  const read = parseTimelineText(pieces.join(''), url);
  return read.ok ? { raw: read.raw } : { failed: read.failed };
}
