import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { parseWindow, type I18n, type Problem, type TimelineEvent } from '../core';
import { App } from '../app/App';
import { elementLocale, timeDirectionOf } from '../app/i18n/chooseLocale';
import { loadI18n } from '../app/i18n/loadI18n';
import { startDatasetLoad, type DatasetLoad } from '../app/load/startDatasetLoad';
import type { DataSource } from '../app/useDatasetLoader';
import { createTimelineStore, I18nProvider, TimelineProvider, type TimelineStore } from '../state';
import css from '../styles/index.css?inline';
import { fixedRem } from './fixedRem';

type Theme = 'light' | 'dark' | 'auto';

// One constructed sheet shared by every element: CSSOM, so no 'unsafe-inline' is needed.
let sheet: CSSStyleSheet | null = null;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `:host { all: initial; display: block; contain: content; }\n:host([hidden]) { display: none; }\n${fixedRem(css)}`,
    );
  }
  return sheet;
}

// The same file runs as its own validation worker, where there is no HTMLElement to extend;
// there the class is never used, but the module must still evaluate.
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * <diplomatic-timeline src="…/timeline.json" view="2022-01-08/2022-01-14" event="id"
 * theme="auto" height="600px" lang="fr" time-direction="ltr">. Each element has its own
 * shadow root, React root, store and language; removing it unmounts React and drops its
 * listeners, and adding it again starts afresh.
 */
export class DiplomaticTimelineElement extends ElementBase {
  static readonly observedAttributes = [
    'src',
    'view',
    'event',
    'theme',
    'height',
    'lang',
    'time-direction',
  ];

  #root: Root | null = null;
  #store: TimelineStore | null = null;
  #unsubscribe: (() => void) | null = null;
  #data: unknown = undefined;
  #source: DataSource | null = null;
  #preload: DatasetLoad | null = null;
  #container: HTMLDivElement | null = null;
  #i18n: I18n | null = null;
  /** The language asked for last: a slower catalogue for an earlier one is not shown. */
  #wanted = '';

  /** A dataset object to show instead of `src`; its source `file`s resolve against the page. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    this.#data = value;
    this.#source = null;
    this.#render();
  }

  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styles()];
    this.#container = document.createElement('div');
    shadow.replaceChildren(this.#container);
    this.#applyHeight();
    const store = createTimelineStore({
      selectedId: this.getAttribute('event'),
      window: parseWindow(this.getAttribute('view')),
    });
    this.#store = store;
    this.#unsubscribe = store.subscribe((s, prev) => {
      if (s.selectedId !== prev.selectedId && s.timeline) {
        const event = (s.selectedId && s.timeline.eventsById.get(s.selectedId)) || null;
        this.#emit('timeline-select', { event });
      }
    });
    this.#root = createRoot(this.#container);
    this.#loadLanguage();
    this.#render();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    this.#root?.unmount();
    this.#root = null;
    this.#store = null;
    this.#unsubscribe = null;
    this.#source = null;
    this.#preload?.cancel();
    this.#preload = null;
    this.#i18n = null;
    this.#wanted = '';
    delete this.dataset.ready;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (old === value || !this.#store) return;
    const s = this.#store.getState();
    if (name === 'src') {
      this.#source = null;
      this.#render();
    } else if (name === 'view') {
      const w = parseWindow(value);
      if (w) s.setWindow(w);
    } else if (name === 'event') {
      s.select(value);
    } else if (name === 'theme' || name === 'time-direction') {
      this.#render();
    } else if (name === 'lang') {
      this.#loadLanguage();
    } else if (name === 'height') {
      this.#applyHeight();
    }
  }

  #applyHeight() {
    const h = this.getAttribute('height');
    if (!this.#container) return;
    const valid = h && /^\d+(\.\d+)?(px|vh|em|rem|%)?$/.test(h.trim());
    this.#container.style.height = valid
      ? /\d$/.test(h!.trim())
        ? `${h!.trim()}px`
        : h!.trim()
      : '';
    this.#container.style.overflow = valid ? 'auto' : '';
  }

  /** Fetches this element's catalogue (beside the module), then shows the app in it. */
  #loadLanguage() {
    const locale = elementLocale(this, navigator);
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    void loadI18n(locale).then((i18n) => {
      if (this.#wanted !== locale || !this.#root) return;
      this.#i18n = i18n;
      this.#render();
    });
  }

  #dataSource(): DataSource {
    if (this.#source) return this.#source;
    const src = this.getAttribute('src');
    this.#source =
      this.#data !== undefined
        ? { kind: 'object', value: this.#data, baseUrl: document.baseURI }
        : src
          ? { kind: 'url', url: new URL(src, document.baseURI).href }
          : // No src: the dataset the site was built with, which ships beside this module
            // (lib/diplomatic-timeline.js and data/timeline.json in the same build).
            { kind: 'url', url: new URL('../data/timeline.json', import.meta.url).href };
    // The data starts downloading (and being checked) now, alongside the catalogue.
    this.#preload?.cancel();
    this.#preload = startDatasetLoad(this.#source);
    return this.#source;
  }

  #render() {
    if (!this.#root || !this.#store) return;
    const dataSource = this.#dataSource();
    if (!this.#i18n) return;
    const theme = (
      ['light', 'dark'].includes(this.getAttribute('theme') ?? '')
        ? this.getAttribute('theme')
        : 'auto'
    ) as Theme;
    this.#root.render(
      <StrictMode>
        <I18nProvider
          i18n={this.#i18n}
          timeDirection={timeDirectionOf(this.getAttribute('time-direction'))}
        >
          <TimelineProvider store={this.#store}>
            <App
              dataSource={dataSource}
              preload={this.#preload ?? undefined}
              variant="embed"
              theme={theme}
              onRendered={this.#rendered}
            />
          </TimelineProvider>
        </I18nProvider>
      </StrictMode>,
    );
  }

  // After the render that shows the data: host pages may wait on data-ready or the event.
  #rendered = () => {
    const s = this.#store?.getState();
    if (!s) return;
    if (s.problems.some((p) => p.severity === 'error'))
      this.#emit('timeline-error', { problems: s.problems });
    this.dataset.ready = 'true';
    this.#emit('timeline-ready', { events: s.timeline?.events.length ?? 0, problems: s.problems });
  };

  #emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

export type TimelineSelectDetail = { event: TimelineEvent | null };
export type TimelineReadyDetail = { events: number; problems: readonly Problem[] };
export type TimelineErrorDetail = { problems: readonly Problem[] };
