export interface ClusterOptions {
  databaseUrl: string;
  count?: number;
  distDir?: string;
  root?: string;
  env?: Record<string, string>;
  logDir?: string;
}

export interface Cluster {
  urls: string[];
  ports: number[];
  logDir: string;
  pids(): (number | undefined)[];
  kill(index: number): Promise<void>;
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
  log(index: number, lines?: number): string;
}

export function startCluster(options: ClusterOptions): Promise<Cluster>;
