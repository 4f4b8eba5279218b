/** Frontmatter every note field accepts, for tests that build throw-away content folders. */
export const VALID_NOTE_FRONTMATTER = `---
title: A note
area: ecs
summary: A summary long enough to count as one sentence.
order: 1
domains: [D3]
tasks: ["3.4"]
sources:
  - title: ECS developer guide
    url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html
lastReviewed: 2026-11-23
---
`;
