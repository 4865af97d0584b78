import { createContext, useContext, type ReactNode } from 'react';
import type { I18n } from '../core';

/** Which way time runs on the page: earliest on the left, or (ar, he) on the right. */
export type TimeDirection = 'ltr' | 'rtl';

const I18nContext = createContext<{ i18n: I18n; time: TimeDirection } | null>(null);

/**
 * The reader's language for everything below it. Each app or element has its own (two
 * components on one page may speak two languages); its catalogue is loaded before it renders.
 * Time runs the way the language writes unless `timeDirection` says otherwise.
 */
export function I18nProvider({
  i18n,
  timeDirection,
  children,
}: {
  i18n: I18n;
  timeDirection?: TimeDirection | null;
  children: ReactNode;
}) {
  return (
    <I18nContext.Provider value={{ i18n, time: timeDirection ?? i18n.dir }}>
      {children}
    </I18nContext.Provider>
  );
}

function useContextValue() {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n must be used inside <I18nProvider>');
  return v;
}

/** Messages, numbers and dates in the reader's language. */
export const useI18n = (): I18n => useContextValue().i18n;

/** Which way time runs: 'rtl' puts the earliest on the right. */
export const useTimeDirection = (): TimeDirection => useContextValue().time;
