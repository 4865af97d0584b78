import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DeskState, DeskStore } from './createDeskStore';

const DeskContext = createContext<DeskStore | null>(null);

/** Puts a desk store (made by the desk's mount, one per desk) in context. */
export function DeskProvider({ store, children }: { store: DeskStore; children: ReactNode }) {
  return <DeskContext.Provider value={store}>{children}</DeskContext.Provider>;
}

export function useDeskStoreApi(): DeskStore {
  const store = useContext(DeskContext);
  if (!store) throw new Error('useDesk must be used inside <DeskProvider>');
  return store;
}

export function useDesk<T>(selector: (s: DeskState) => T): T {
  return useStore(useDeskStoreApi(), selector);
}
