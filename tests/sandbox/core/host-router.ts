import type { HostDefinition } from './types';

/** Host header → bare lower-case hostname (port dropped, IPv6 brackets kept). */
export function normalizeHost(header: string | undefined): string {
  if (!header) return '';
  const lower = header.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.lastIndexOf(':');
  return colon === -1 ? lower : lower.slice(0, colon);
}

/** Whether `pattern` (`name` or `*.domain`) covers `host`; a wildcard covers any depth, like Chromium's MAP. */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return host.endsWith(p.slice(1));
  return p === host;
}

/** Exact names win over wildcards, so `admin.shopify.com` can live beside `*.shopify.com`. */
export function findHost(hosts: readonly HostDefinition[], host: string): HostDefinition | undefined {
  return (
    hosts.find((def) => def.hostnames.some((name) => !name.startsWith('*.') && hostMatches(name, host))) ??
    hosts.find((def) => def.hostnames.some((name) => hostMatches(name, host)))
  );
}
