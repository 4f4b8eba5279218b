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

/** The exam attempt does not exist or belongs to another learner. */
export class AttemptNotFoundError extends Error {
  override name = "AttemptNotFoundError";
  constructor(id: string) {
    super(`Exam attempt ${id} was not found.`);
  }
}

/** The attempt was submitted or its time ran out: it takes no more answers. */
export class AttemptClosedError extends Error {
  override name = "AttemptClosedError";
  constructor(id: string) {
    super(`Exam attempt ${id} is closed: it was submitted or its time ran out.`);
  }
}
