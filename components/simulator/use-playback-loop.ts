import { useEffect } from "react";
import { useSimulatorStoreApi } from "@/lib/stores/simulator-store-provider";

/** Drives the store's clock with requestAnimationFrame while it is playing. */
export function usePlaybackLoop(): void {
  const store = useSimulatorStoreApi();
  useEffect(() => {
    let handle = 0;
    let last = 0;
    const frame = (now: number) => {
      store.getState().tick(last === 0 ? 0 : Math.min(now - last, 250));
      last = now;
      if (store.getState().status === "playing") handle = requestAnimationFrame(frame);
      else handle = 0;
    };
    const start = () => {
      if (handle !== 0) return;
      last = 0;
      handle = requestAnimationFrame(frame);
    };
    if (store.getState().status === "playing") start();
    const unsubscribe = store.subscribe((state) => {
      if (state.status === "playing") start();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(handle);
    };
  }, [store]);
}
