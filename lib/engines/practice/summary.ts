/** One answered question, as the summary needs it. */
export interface SummaryAnswer {
  questionId: string;
  correct: boolean;
  answeredAt: Date;
  topic: string;
  area: string;
}

export interface TopicScore {
  area: string;
  topic: string;
  correct: number;
  total: number;
}

export interface SessionSummary {
  answered: number;
  total: number;
  correct: number;
  /** 0–100, of the questions answered. */
  percent: number;
  durationMs: number;
  byTopic: TopicScore[];
  missed: string[];
}

/** Score, time spent and per-topic results of a session; weakest topics first. */
export function summariseSession(startedAt: Date, total: number, answers: readonly SummaryAnswer[]): SessionSummary {
  const correct = answers.filter((a) => a.correct).length;
  const last = answers.reduce((max, a) => Math.max(max, a.answeredAt.getTime()), startedAt.getTime());
  const topics = new Map<string, TopicScore>();
  for (const answer of answers) {
    const key = `${answer.area}/${answer.topic}`;
    const entry = topics.get(key) ?? { area: answer.area, topic: answer.topic, correct: 0, total: 0 };
    entry.total += 1;
    if (answer.correct) entry.correct += 1;
    topics.set(key, entry);
  }
  const byTopic = [...topics.values()].sort(
    (a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total || a.topic.localeCompare(b.topic),
  );
  return {
    answered: answers.length,
    total,
    correct,
    percent: answers.length ? Math.round((100 * correct) / answers.length) : 0,
    durationMs: last - startedAt.getTime(),
    byTopic,
    missed: answers.filter((a) => !a.correct).map((a) => a.questionId),
  };
}
