export function build(dir: string): void;
export function serve(dir: string, port: number, extraEnv?: Record<string, string>): Promise<() => void>;
