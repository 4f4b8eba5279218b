import { loadNotes } from "@/lib/content/notes";
import { buildSearchDocuments } from "@/lib/content/search/build-index";

// Built once at build time and served as a static file; the browser searches it locally.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildSearchDocuments(loadNotes()));
}
