import { useState } from "react";

/** Copies the page's URL, which holds the whole run. */
export function ShareLink() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <p className="sim-share">
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => setState("copied"),
            () => setState("failed"),
          );
        }}
      >
        Copy a link to this run
      </button>{" "}
      <span role="status">
        {state === "copied" ? "Link copied." : state === "failed" ? "Copy the address bar instead." : ""}
      </span>
    </p>
  );
}
