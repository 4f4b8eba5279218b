// The bare baseline starts nothing: this file keeps Next from picking up Rollout's own
// instrumentation.ts from the checkout around this folder.
export function register() {}
