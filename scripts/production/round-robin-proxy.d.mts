export interface ProxyOptions {
  upstreams: string[];
  port?: number;
  host?: string;
  /** Server-action ids that may be resent after a connection broke mid-request. */
  idempotentActionIds?: Iterable<string>;
  /** How long an upstream that refused a connection is skipped. */
  downMs?: number;
  timeoutMs?: number;
}

export interface ProxyStats {
  /** Responses relayed from each upstream, by index. */
  served: number[];
  /** Requests sent a second time to another upstream. */
  retried: number;
  /** Requests answered with 502. */
  failed: number;
}

export interface Proxy {
  url: string;
  port: number;
  stats: ProxyStats;
  close(): Promise<void>;
}

export function startProxy(options: ProxyOptions): Promise<Proxy>;
