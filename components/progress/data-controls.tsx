"use client";

import { useActionState } from "react";

interface DataActionState {
  error?: string;
  message?: string;
}

type DataAction = (previous: DataActionState, form: FormData) => Promise<DataActionState>;

export interface DataControlsProps {
  resetData: DataAction;
}

/** Sends the chosen file to POST /api/import (a route: exports can be larger than an action body may be). */
async function uploadExport(_previous: DataActionState, form: FormData): Promise<DataActionState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose the .json file Rollout exported." };
  try {
    const response = await fetch("/api/import", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: file,
    });
    const body = (await response.json().catch(() => ({}))) as DataActionState;
    if (response.ok) return { message: body.message };
    return { error: body.error ?? `The import failed (HTTP ${response.status}). Nothing was changed.` };
  } catch {
    return { error: "Could not reach the server. Nothing was changed; try again." };
  }
}

function Outcome({ state }: { state: DataActionState }) {
  if (state.error) {
    return (
      <p role="alert" className="form-error">
        {state.error}
      </p>
    );
  }
  return state.message ? <p role="status">{state.message}</p> : null;
}

/** Export, import and reset of everything the learner has. */
export function DataControls({ resetData }: DataControlsProps) {
  const [imported, importAction, importing] = useActionState(uploadExport, {});
  const [reset, resetAction, resetting] = useActionState(resetData, {});
  return (
    <div className="data-controls">
      <p>
        <a className="button secondary" href="/api/export" download>
          Export my data (JSON)
        </a>
      </p>
      <form action={importAction} className="data-form">
        <label htmlFor="import-file">Import an export file</label>{" "}
        <input id="import-file" name="file" type="file" accept="application/json,.json" required />{" "}
        <button type="submit" className="button secondary" disabled={importing}>
          {importing ? "Importing…" : "Import"}
        </button>
        <Outcome state={imported} />
      </form>
      <form action={resetAction} className="data-form">
        <label htmlFor="reset-confirm">Delete all my progress: type RESET</label>{" "}
        <input id="reset-confirm" name="confirm" type="text" autoComplete="off" />{" "}
        <button type="submit" className="button secondary" disabled={resetting}>
          Reset
        </button>
        <Outcome state={reset} />
      </form>
    </div>
  );
}
