import { loadNotes } from "@/lib/content/notes";
import { loadQuestionBank } from "@/lib/content/questions";
import { buildQuestionDocuments, buildSearchDocuments } from "@/lib/content/search/build-index";

// Built once at build time and served as a static file; the browser searches it locally.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json([...buildSearchDocuments(loadNotes()), ...buildQuestionDocuments(loadQuestionBank())]);
}
