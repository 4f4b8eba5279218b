/**
 * Seeded pseudo-random numbers (mulberry32). The engine never touches Math.random,
 * so the same seed always yields the same timeline.
 */

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** Approximate Binomial(trials, probability) draw, clamped to [0, trials]. */
  binomial(trials: number, probability: number): number;
}

/** Creates a deterministic generator from any integer seed. */
export function createRandom(seed: number): Random {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  const binomial = (trials: number, probability: number): number => binomialDraw(next, trials, probability);
  return { next, int, binomial };
}

function binomialDraw(next: () => number, trials: number, probability: number): number {
  if (trials <= 0 || probability <= 0) return 0;
  if (probability >= 1) return trials;
  if (trials <= 64) {
    let hits = 0;
    for (let i = 0; i < trials; i += 1) if (next() < probability) hits += 1;
    return hits;
  }
  // Normal approximation (Box–Muller) keeps large request counts O(1).
  const mean = trials * probability;
  const sd = Math.sqrt(trials * probability * (1 - probability));
  const u1 = Math.max(next(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * next());
  return Math.min(trials, Math.max(0, Math.round(mean + z * sd)));
}
