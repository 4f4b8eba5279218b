/** Public API of the comparison engine: catalogue, fleet strategies, generated comparisons, ranking. */
export * from "./catalog";
export * from "./strategies";
export * from "./timeline-facts";
export * from "./compare-strategies";
export * from "./rank";
export * from "./side-by-side";
