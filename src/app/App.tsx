import { useTimelineStore } from '../state';
import { EventList } from '../components/EventList';
import { ProblemsPanel } from '../components/ProblemsPanel';
import { SourceReader } from '../components/SourceReader';
import { useDatasetLoader, type DataSource } from './useDatasetLoader';

export interface AppProps {
  readonly dataSource: DataSource;
}

/** The full app: header, problems, events, source reader. */
export function App({ dataSource }: AppProps) {
  useDatasetLoader(dataSource);
  const status = useTimelineStore((s) => s.status);
  const timeline = useTimelineStore((s) => s.timeline);
  const problems = useTimelineStore((s) => s.problems);
  const readerOpen = useTimelineStore((s) => s.reader !== null);

  return (
    <div className="dt-root" data-timeline="" data-ready={status !== 'loading' ? 'true' : undefined} aria-busy={status === 'loading'}>
      <header className="app-header">
        <h1>{timeline?.title ?? 'Loading timeline…'}</h1>
        {timeline?.description && <p className="description">{timeline.description}</p>}
      </header>
      <ProblemsPanel problems={problems} />
      {timeline && (
        <div className={readerOpen ? 'app-body with-reader' : 'app-body'}>
          <main className="app-main">
            <EventList timeline={timeline} events={timeline.events} />
          </main>
          <SourceReader timeline={timeline} />
        </div>
      )}
    </div>
  );
}
