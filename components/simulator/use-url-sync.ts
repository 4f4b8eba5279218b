import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import type { EngineSlug } from "@/lib/engines/compare";
import { configToSearchParams } from "@/lib/engines/simulation";
import { useSimulatorStoreApi } from "@/lib/stores/simulator-store-provider";
import { readSimulatorLink } from "./read-url";

/**
 * Keeps the whole configuration in the URL. Edits write history (push for choices, replace for
 * typing) with the native History API, which Next.js keeps in step with its router without a
 * server round trip; back/forward and link clicks are read back into the store.
 */
export function useUrlSync(slug: EngineSlug): void {
  const store = useSimulatorStoreApi();
  const searchParams = useSearchParams();
  const written = useRef<string | null>(null);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.runs === previous.runs && state.seed === previous.seed) return;
        if (state.origin !== "push" && state.origin !== "replace") return;
        const config = state.runs[0]?.config;
        if (config === undefined) return;
        const search = configToSearchParams(config, state.seed).toString();
        written.current = search;
        const url = `${window.location.pathname}?${search}`;
        if (state.origin === "push") window.history.pushState(null, "", url);
        else window.history.replaceState(null, "", url);
      }),
    [store],
  );

  const search = searchParams.toString();
  useEffect(() => {
    if (written.current === null) {
      written.current = search;
      return;
    }
    if (search === written.current) return;
    written.current = search;
    const link = readSimulatorLink(slug, search);
    store.getState().setConfigs([link.config], "url", link.seed);
    store.getState().setNotice(link.notice);
  }, [search, slug, store]);
}
