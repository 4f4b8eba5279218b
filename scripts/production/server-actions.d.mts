export const IDEMPOTENT_ACTIONS: string[];
export function actionIds(distDir: string, names: string[]): Map<string, string>;
