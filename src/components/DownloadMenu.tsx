import { useRef, useState } from 'react';
import type { ExportFormat } from '../core/interchange/exportFormats';
import { slugify } from '../core/interchange/ids';
import { useFilteredEvents, useTimelineStore } from '../state';

const FORMATS: { format: ExportFormat; label: string; suffix: string }[] = [
  { format: 'csv', label: 'CSV (spreadsheet, one row per citation)', suffix: '' },
  { format: 'ics', label: 'iCalendar (.ics, for calendars)', suffix: '' },
  { format: 'timelinejs', label: 'TimelineJS (JSON)', suffix: '-timelinejs' },
  { format: 'jsonld', label: 'JSON-LD (schema.org events, Web Annotations)', suffix: '' },
];

/**
 * Downloads the events shown (the current search and filters apply) in another format.
 * The exporters (and the iCalendar writer) are a chunk of their own, fetched the first time
 * one is asked for. The full app puts it in its header; the web component has none.
 */
export function DownloadMenu() {
  const timeline = useTimelineStore((s) => (s.status === 'ready' ? s.timeline : null));
  const { events } = useFilteredEvents();
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLDetailsElement>(null);
  if (!timeline) return null;
  const filtered = events.length !== timeline.events.length;

  const download = async (format: ExportFormat, suffix: string) => {
    setStatus('Preparing…');
    try {
      const { exportTimeline } = await import('../core/interchange/exportFormats');
      const out = exportTimeline(format, { timeline, events });
      const name = `${slugify(timeline.title) || 'timeline'}${filtered ? '-filtered' : ''}${suffix}.${out.extension}`;
      save(ref.current!.ownerDocument, name, out.text, out.mediaType);
      setStatus(
        [
          `Downloaded ${name} (${events.length} event${events.length === 1 ? '' : 's'}).`,
          ...out.notes,
        ].join(' '),
      );
      if (ref.current) ref.current.open = false;
    } catch (e) {
      setStatus(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="download">
      <details ref={ref}>
        <summary>
          Download{filtered ? ` ${events.length} of ${timeline.events.length}` : ''}
        </summary>
        <ul>
          {FORMATS.map((f) => (
            <li key={f.format}>
              <button type="button" onClick={() => void download(f.format, f.suffix)}>
                {f.label}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <span role="status" className="download-status">
        {status}
      </span>
    </div>
  );
}

/** Hands a file to the browser's downloads: a blob link clicked once, then let go. */
function save(doc: Document, name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
