import { z } from 'zod';
import { ConnectionProfileSchema } from '../model/connection';

const HostSchema = ConnectionProfileSchema.shape.accounting.shape.host;

/**
 * The Exact Online hosts the profile schema accepts, read from its own pattern
 * (`^start\.exactonline\.(nl|be|…)$`), so the options page's select can never offer a host the
 * schema refuses or miss one it accepts. The schema's first alternative (.nl) comes first.
 */
export function exactHosts(): string[] {
  const pattern = z.toJSONSchema(HostSchema).pattern;
  const group = typeof pattern === 'string' ? /\(([^()]+)\)\$$/.exec(pattern)?.[1] : undefined;
  if (!group) return [];
  return group
    .split('|')
    .map((tld) => `start.exactonline.${tld.replace(/\\\./g, '.')}`)
    .filter((host) => HostSchema.safeParse(host).success);
}
