"use client";

import { useRouter } from "next/navigation";
import { useSyncExternalStore, useTransition } from "react";

export interface HistoryTimeZoneProps {
  /** The zone the page counted days in. */
  timeZone: string;
  /** True when no zone was chosen and the page fell back to UTC. */
  isDefault: boolean;
  /** The cookie the page reads the zone from. */
  cookieName: string;
}

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Says which zone days are counted in and offers the browser's zone when it differs (stored in a cookie). */
export function HistoryTimeZone({ timeZone, isDefault, cookieName }: HistoryTimeZoneProps) {
  // The server cannot know the browser's zone: null there and during hydration, then the real one.
  const browser = useSyncExternalStore(noSubscription, browserTimeZone, () => null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (zone: string) => {
    document.cookie = `${cookieName}=${zone}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  };
  return (
    <p className="card-meta">
      Days and weeks are counted in <strong>{timeZone}</strong>
      {isDefault ? " (the default until you choose your time zone)" : ""}.{" "}
      {browser && browser !== timeZone ? (
        <button type="button" className="button secondary" disabled={pending} onClick={() => choose(browser)}>
          Use my time zone ({browser})
        </button>
      ) : null}
    </p>
  );
}
