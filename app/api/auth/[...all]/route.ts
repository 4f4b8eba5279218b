import { accountsEnabled, auth } from "@/lib/auth/auth";

// better-auth's endpoints (sign-up, sign-in, sign-out, session). In local mode there are none.
async function handle(request: Request): Promise<Response> {
  if (!accountsEnabled()) return Response.json({ message: "Accounts are not enabled here." }, { status: 404 });
  return auth().handler(request);
}

export const GET = handle;
export const POST = handle;
