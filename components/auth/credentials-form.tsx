"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authErrorMessage } from "./auth-errors";

export type CredentialsMode = "sign-in" | "sign-up";

export interface CredentialsFormProps {
  mode: CredentialsMode;
}

/**
 * Email and password form posting to better-auth's endpoints. On an error the typed values stay
 * and one message says what went wrong (wrong password, taken email, too many attempts…).
 */
function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function CredentialsForm({ mode }: CredentialsFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body: Record<string, string> = {
      email: field(form, "email").trim(),
      password: field(form, "password"),
    };
    if (mode === "sign-up") body.name = field(form, "name").trim();
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/auth/${mode}/email`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.ok) {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(await authErrorMessage(response));
    } catch {
      setError("Could not reach the server. Check your connection and try again; nothing was lost.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="auth-form"
      onSubmit={(event) => void submit(event)}
      aria-describedby="auth-error"
      noValidate={false}
    >
      {mode === "sign-up" ? (
        <p>
          <label htmlFor="auth-name">Name</label>
          <input id="auth-name" name="name" autoComplete="name" required maxLength={80} />
        </p>
      ) : null}
      <p>
        <label htmlFor="auth-email">Email</label>
        <input id="auth-email" name="email" type="email" autoComplete="email" required maxLength={254} />
      </p>
      <p>
        <label htmlFor="auth-password">Password</label>
        <input
          id="auth-password"
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
          minLength={mode === "sign-up" ? 10 : undefined}
          maxLength={128}
          aria-describedby={mode === "sign-up" ? "auth-password-hint" : undefined}
        />
        {mode === "sign-up" ? <span id="auth-password-hint"> At least 10 characters.</span> : null}
      </p>
      <div id="auth-error" aria-live="polite">
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}
