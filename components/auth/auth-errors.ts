/** Turns a failed better-auth response into one sentence a learner can act on. */
export async function authErrorMessage(response: Response): Promise<string> {
  if (response.status === 429) {
    const seconds = Number(response.headers.get("x-retry-after"));
    const wait = Number.isFinite(seconds) && seconds > 0 ? `${seconds} seconds` : "a minute";
    return `Too many attempts from here. Wait ${wait} and try again.`;
  }
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  switch (body.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "That email and password do not match an account.";
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "An account with that email already exists. Sign in instead.";
    case "PASSWORD_TOO_SHORT":
      return "The password is too short: use at least 10 characters.";
    case "PASSWORD_TOO_LONG":
      return "The password is too long: use at most 128 characters.";
    case "INVALID_EMAIL":
      return "That does not look like an email address.";
    default:
      return body.message
        ? `${body.message}.`.replace(/\.\.$/, ".")
        : `Sign-in failed (HTTP ${response.status}). Try again.`;
  }
}
