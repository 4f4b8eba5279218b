export interface Header {
  key: string;
  value: string;
}
export interface HeaderCondition {
  type: "header";
  key: string;
  value?: string;
}
export interface HeaderRule {
  source: string;
  headers: Header[];
  has?: HeaderCondition[];
  missing?: HeaderCondition[];
}
export const FORWARDED_HTTPS: HeaderCondition;
export const HSTS_VALUE: string;
export const PERMISSIONS_POLICY: string;
export function cspDirectives(options: { tls: boolean }): string[];
export function contentSecurityPolicy(options: { tls: boolean }): string;
export function baseSecurityHeaders(options: { tls: boolean }): Header[];
export function securityHeaderRules(): HeaderRule[];
export function parseAllowedOrigins(value: string | undefined): string[];
