import { useRef, useState } from 'react';
import '../styles/menus.css';
import type { ExportFormat } from '../core/interchange/exportFormats';
import { slugify } from '../core/interchange/ids';
import { saveBlob } from './saveBlob';
import type { MessageKey } from '../core';
import { useFilteredEvents, useI18n, useTimelineStore } from '../state';
import { keepOpenMenuInView } from './keepInView';

const FORMATS: { format: ExportFormat; label: MessageKey; suffix: string }[] = [
  { format: 'csv', label: 'download.csv', suffix: '' },
  { format: 'ics', label: 'download.ics', suffix: '' },
  { format: 'timelinejs', label: 'download.timelinejs', suffix: '-timelinejs' },
  { format: 'jsonld', label: 'download.jsonld', suffix: '' },
];

/**
 * Downloads the events shown (the current search and filters apply) in another format.
 * The exporters (and the iCalendar writer) are a chunk of their own, fetched the first time
 * one is asked for. The full app puts it in its header; the web component has none.
 */
export function DownloadMenu() {
  const { t } = useI18n();
  const timeline = useTimelineStore((s) => (s.status === 'ready' ? s.timeline : null));
  const { events } = useFilteredEvents();
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLDetailsElement>(null);
  if (!timeline) return null;
  const filtered = events.length !== timeline.events.length;

  const download = async (format: ExportFormat, suffix: string) => {
    setStatus(t('download.preparing'));
    try {
      const { exportTimeline } = await import('../core/interchange/exportFormats');
      const out = exportTimeline(format, { timeline, events });
      const name = `${slugify(timeline.title) || 'timeline'}${filtered ? '-filtered' : ''}${suffix}.${out.extension}`;
      saveBlob(
        ref.current!.ownerDocument,
        name,
        new Blob([out.text], { type: `${out.mediaType};charset=utf-8` }),
      );
      // The exporter's own notes are diagnostics, in English like the validator's.
      setStatus([t('download.done', { name, count: events.length }), ...out.notes].join(' '));
      if (ref.current) ref.current.open = false;
    } catch (e) {
      setStatus(t('download.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="download">
      <details ref={ref} onToggle={keepOpenMenuInView}>
        <summary>
          {filtered
            ? t('download.summaryFiltered', { count: events.length, total: timeline.events.length })
            : t('download.summary')}
        </summary>
        <ul>
          {FORMATS.map((f) => (
            <li key={f.format}>
              <button type="button" onClick={() => void download(f.format, f.suffix)}>
                {t(f.label)}
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
