import { createContext, useContext, type ReactNode } from 'react';
import type { Translator } from '../../core';
import type { DeskKey } from './en';

const DeskI18nContext = createContext<Translator<DeskKey> | null>(null);

/** The desk's own messages, in the language the page chose. */
export function DeskI18nProvider({ t, children }: { t: Translator<DeskKey>; children: ReactNode }) {
  return <DeskI18nContext.Provider value={t}>{children}</DeskI18nContext.Provider>;
}

export function useDeskI18n(): Translator<DeskKey> {
  const t = useContext(DeskI18nContext);
  if (!t) throw new Error('useDeskI18n must be used inside <DeskI18nProvider>');
  return t;
}
