/** A problem in a content file: which file, which line, and why. Fails the build and the tests. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
  }
}

/** Several content problems reported at once, one per line. */
export class ContentValidationError extends Error {
  override name = "ContentValidationError";
  constructor(readonly problems: ContentError[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    );
  }
}
