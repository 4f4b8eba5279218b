import Link from "next/link";
import { CredentialsForm, type CredentialsMode } from "./credentials-form";

export interface AuthPageProps {
  mode: CredentialsMode;
}

const COPY: Record<
  CredentialsMode,
  { title: string; lead: string; switchText: string; switchHref: string; switchLink: string }
> = {
  "sign-in": {
    title: "Sign in",
    lead: "Sign in to carry on where you left off: your answers, reviews, exams and notes read.",
    switchText: "New here?",
    switchHref: "/sign-up",
    switchLink: "Create an account",
  },
  "sign-up": {
    title: "Create an account",
    lead: "Your progress is kept in this deployment's database, under your account only.",
    switchText: "Already have an account?",
    switchHref: "/sign-in",
    switchLink: "Sign in",
  },
};

/** The sign-in and sign-up pages: a heading, what the account is for, the form and the other way in. */
export function AuthPage({ mode }: AuthPageProps) {
  const copy = COPY[mode];
  return (
    <div className="auth-page">
      <h1>{copy.title}</h1>
      <p>{copy.lead}</p>
      <CredentialsForm mode={mode} />
      <p>
        {copy.switchText} <Link href={copy.switchHref}>{copy.switchLink}</Link>
      </p>
    </div>
  );
}
