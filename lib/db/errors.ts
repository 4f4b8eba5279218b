/** The learner asked for a practice session that does not exist or is not theirs. */
export class PracticeSessionNotFoundError extends Error {
  override name = "PracticeSessionNotFoundError";
  constructor(id: string) {
    super(`Practice session ${id} was not found.`);
  }
}

/** The learner answered a question that is not part of the session. */
export class QuestionNotInSessionError extends Error {
  override name = "QuestionNotInSessionError";
  constructor(questionId: string) {
    super(`Question ${questionId} is not part of this session.`);
  }
}
