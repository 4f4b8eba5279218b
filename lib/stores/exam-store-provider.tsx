"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { ExamSessionState } from "@/lib/engines/exam/session";
import { createExamStore, type ExamPersistence, type ExamStore, type ExamStoreState } from "./exam-store";

const ExamStoreContext = createContext<ExamStore | null>(null);

export interface ExamStoreProviderProps {
  initial: ExamSessionState;
  persistence: ExamPersistence;
  children: ReactNode;
}

/** Creates the attempt's store once per mount and shares it with the runner below. */
export function ExamStoreProvider({ initial, persistence, children }: ExamStoreProviderProps) {
  const [store] = useState(() => createExamStore(initial, persistence));
  return <ExamStoreContext.Provider value={store}>{children}</ExamStoreContext.Provider>;
}

/** Reads from the attempt's store; re-renders only when the selected slice changes. */
export function useExamStore<T>(selector: (state: ExamStoreState) => T): T {
  const store = useContext(ExamStoreContext);
  if (!store) throw new Error("useExamStore needs an ExamStoreProvider");
  return useStore(store, selector);
}

/** The attempt's store itself, for subscriptions that react to changes (not for rendering). */
export function useExamStoreApi(): ExamStore {
  const store = useContext(ExamStoreContext);
  if (!store) throw new Error("useExamStoreApi needs an ExamStoreProvider");
  return store;
}
