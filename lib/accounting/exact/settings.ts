import { z } from 'zod';

/**
 * Where an Exact connection keeps its books: the country host of the merchant's login and the
 * administration ("division"; null until connected). The profile's `accounting` when `system` is
 * 'exact' (lib/accounting/settings.ts). Only zod here: the model imports it.
 */
export const ExactAccountingSchema = z.object({
  system: z.literal('exact'),
  host: z.string().regex(/^start\.exactonline\.(nl|be|de|co\.uk|com|es|fr)$/),
  division: z.number().int().positive().nullable(),
});
export type ExactAccountingSettings = z.infer<typeof ExactAccountingSchema>;

/** As the merchant knows it (a product name: the same in every language). */
export const EXACT_DISPLAY_NAME = 'Exact Online';

const HostSchema = ExactAccountingSchema.shape.host;

/**
 * The Exact Online hosts (one per country) the profile schema accepts, read from its own pattern
 * (`^start\.exactonline\.(nl|be|…)$`), so nothing can offer a host the schema refuses or miss one
 * it accepts. The schema's first alternative (.nl) comes first.
 */
function hostsFromSchema(): string[] {
  const pattern = z.toJSONSchema(HostSchema).pattern;
  const group = typeof pattern === 'string' ? /\(([^()]+)\)\$$/.exec(pattern)?.[1] : undefined;
  if (!group) return [];
  return group
    .split('|')
    .map((tld) => `start.exactonline.${tld.replace(/\\\./g, '.')}`)
    .filter((host) => HostSchema.safeParse(host).success);
}

export const EXACT_HOSTS: readonly string[] = Object.freeze(hostsFromSchema());
