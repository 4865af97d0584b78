import { parseJson } from './parseJson';
import {
  failedLoad,
  fetchTimelineText,
  mark,
  type FetchText,
  type ReadResult,
} from './readTimeline';

// Reading the dataset's JSON: its own module, so the start-up code (which fetches, and hands
// the text to a worker) does not carry the parse and its error messages to first paint.

/** The JSON at `url`, fetched and parsed; a failure says where and why. */
export async function readTimeline(url: string, fetchText: FetchText): Promise<ReadResult> {
  const text = await fetchTimelineText(url, fetchText);
  if (typeof text !== 'string') return { ok: false, failed: text };
  return parseTimelineText(text, url);
}

/** The dataset's JSON `text` (from `url`), parsed; a failure says where and why. */
export function parseTimelineText(text: string, url: string): ReadResult {
  const json = parseJson(text, url);
  mark('dt:parsed');
  return json.ok
    ? { ok: true, text, raw: json.value }
    : { ok: false, failed: failedLoad(json.problem) };
}
