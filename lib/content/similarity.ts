/** Word trigrams of a text, lower-cased, punctuation dropped. */
export function shingles(text: string, size = 3): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const result = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(" "));
  return result;
}

/** Jaccard similarity of two shingle sets: 0 = nothing shared, 1 = identical. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Pairs of texts whose similarity reaches the threshold (near-duplicates). */
export function nearDuplicates(items: { id: string; text: string }[], threshold: number): [string, string, number][] {
  const prepared = items.map((item) => ({ id: item.id, set: shingles(item.text) }));
  const pairs: [string, string, number][] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i];
      const b = prepared[j];
      if (!a || !b) continue;
      const score = jaccard(a.set, b.set);
      if (score >= threshold) pairs.push([a.id, b.id, score]);
    }
  }
  return pairs;
}
