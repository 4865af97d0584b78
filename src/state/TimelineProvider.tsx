import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createTimelineStore,
  type TimelineState,
  type TimelineStore,
  type TimelineStoreInit,
} from './createTimelineStore';

const StoreContext = createContext<TimelineStore | null>(null);

export interface TimelineProviderProps {
  /** A store made by the host (the web component makes its own); otherwise one is made here. */
  readonly store?: TimelineStore;
  readonly init?: TimelineStoreInit;
  readonly children: ReactNode;
}

export function TimelineProvider({ store, init, children }: TimelineProviderProps) {
  const [own] = useState(() => store ?? createTimelineStore(init));
  return <StoreContext.Provider value={own}>{children}</StoreContext.Provider>;
}

export function useTimelineStoreApi(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimelineStore must be used inside <TimelineProvider>');
  return store;
}

export function useTimelineStore<T>(selector: (s: TimelineState) => T): T {
  return useStore(useTimelineStoreApi(), selector);
}
