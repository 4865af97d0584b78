import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTranslator, fetchTextOverHttp, type I18n } from '../core';
import { I18nProvider } from '../state';
import { DeskI18nProvider } from './i18n/DeskI18n';
import { loadDeskCatalogue } from './i18n/loadDeskCatalogue';
import { DeskApp } from './components/DeskApp';
import { targetFromLocation, type DeskEnv } from './env';
import { blankDraft, type Draft, type DraftData } from './model/draft';
import { createDraftStorage } from './persist/draftStorage';
import { createDeskStore } from './state/createDeskStore';
import { DeskProvider } from './state/DeskProvider';
import './desk.css';

export interface DeskOptions {
  /** The dataset bundled into the build, as its JSON and texts (its own chunk). */
  readonly bundled: () => Promise<{ raw: unknown; texts: ReadonlyMap<string, string> }>;
  /** The reader's language (the page's choice), its catalogue loaded. */
  readonly i18n: I18n;
}

/**
 * Edit mode: mounts the curator's desk in `container`. The draft is the one kept in this
 * browser for this dataset if there is one (a reload, a crash), else the dataset itself.
 */
export async function startDesk(container: HTMLElement, win: Window, opts: DeskOptions) {
  const { i18n } = opts;
  const deskT = createTranslator(i18n.locale, await loadDeskCatalogue(i18n.locale));
  const { t } = deskT;
  const blank = () => blankDraft(t('desk.untitledTimeline'), t('desk.mainLane'));
  const storage = createDraftStorage();
  const target = targetFromLocation(win.location);
  const stored = await storage.load(target.key).catch(() => null);
  let draft: Draft;
  let note = '';
  if (stored) draft = stored.draft;
  else if (target.origin === 'bundled') {
    const { raw, texts } = await opts.bundled();
    draft = { data: raw as DraftData, texts: Object.fromEntries(texts) };
  } else if (target.origin === 'url' && target.url) {
    draft = await fetchDraft(target.url).catch((e: unknown) => {
      note = t('desk.loadFailed', {
        url: target.url!,
        message: e instanceof Error ? e.message : String(e),
      });
      return blank();
    });
  } else draft = blank();

  const desk = createDeskStore(draft, Date.now, {
    target,
    folder: stored?.folder ?? null,
    jsonName: 'timeline.json',
  });
  desk.getState().reset(draft, { restored: stored !== null });
  const env: DeskEnv = { win, storage };
  createRoot(container).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <DeskI18nProvider t={deskT}>
          <DeskProvider store={desk}>
            <DeskApp env={env} initialMessage={note} />
          </DeskProvider>
        </DeskI18nProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

/** A dataset from a URL: its JSON and the texts its sources name, relative to it. */
async function fetchDraft(url: string): Promise<Draft> {
  const data = JSON.parse(await fetchTextOverHttp(url)) as DraftData;
  const texts: Record<string, string> = {};
  await Promise.all(
    (Array.isArray(data.sources) ? data.sources : []).map(async (s) => {
      if (typeof s.file !== 'string') return;
      try {
        texts[s.file] = await fetchTextOverHttp(new URL(s.file, url).href);
      } catch {
        // the validator reports the missing file on its source
      }
    }),
  );
  return { data, texts };
}
