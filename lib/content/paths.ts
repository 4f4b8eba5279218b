import path from "node:path";

/** The content folder; tests may point elsewhere with ROLLOUT_CONTENT_DIR. */
export function contentDir(): string {
  return process.env.ROLLOUT_CONTENT_DIR ?? path.join(process.cwd(), "content");
}
