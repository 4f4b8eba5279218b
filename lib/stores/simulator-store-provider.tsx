"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { SimulatorActions, SimulatorInit, SimulatorState, SimulatorStore } from "./simulator-store";
import { createSimulatorStore } from "./simulator-store";

const SimulatorStoreContext = createContext<SimulatorStore | null>(null);

export interface SimulatorStoreProviderProps {
  /** Read once, when the provider mounts; later changes go through the store's actions. */
  init: SimulatorInit;
  children: ReactNode;
}

/** Gives its subtree its own simulator store (one per mounted simulator, never shared). */
export function SimulatorStoreProvider({ init, children }: SimulatorStoreProviderProps) {
  const [store] = useState(() => createSimulatorStore(init));
  return <SimulatorStoreContext.Provider value={store}>{children}</SimulatorStoreContext.Provider>;
}

/** The raw store, for effects that subscribe outside React rendering. */
export function useSimulatorStoreApi(): SimulatorStore {
  const store = useContext(SimulatorStoreContext);
  if (store === null) throw new Error("useSimulatorStore must be used inside <SimulatorStoreProvider>.");
  return store;
}

/** Selects from the nearest simulator store; re-renders only when the selection changes. */
export function useSimulatorStore<T>(selector: (state: SimulatorState & SimulatorActions) => T): T {
  return useStore(useSimulatorStoreApi(), selector);
}

/** The store's actions. They never change, so reading them does not subscribe to anything. */
export function useSimulatorActions(): SimulatorActions {
  return useSimulatorStoreApi().getState();
}
