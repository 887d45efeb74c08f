import type { SandboxRequest, SandboxResponse } from '../core/types';
import { parseFilter, type Expr } from './odata';
import type { ExactEntitySet } from './resources';
import { exactError } from './serialize';
import { BULK_FILTERABLE, FILTER_REFUSED } from './sync-facts';
import type { ExactDivision } from './world';

/** Every property a filter names, in order of first use. */
export function filterFields(expr: Expr): string[] {
  const out: string[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'field') {
      if (!out.includes(e.name)) out.push(e.name);
    } else if (e.kind === 'call') e.args.forEach(walk);
    else if (e.kind === 'compare' || e.kind === 'logical') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'not') walk(e.operand);
  };
  walk(expr);
  return out;
}

/** The fields a bulk endpoint filters on in this division (sync-facts.ts), or null when it has no such rule. */
export function bulkFilterable(set: ExactEntitySet, division: ExactDivision | undefined): readonly string[] | null {
  const rule = BULK_FILTERABLE[set.path.toLowerCase()];
  if (!rule) return null;
  return division?.refusesBulkDateFilter ? rule.fields.filter((field) => field !== rule.dateField) : rule.fields;
}

/** Exact's 400 for a bulk `$filter` on a field it does not filter on; null when the filter is allowed. */
export function refuseBulkFilter(req: SandboxRequest, set: ExactEntitySet, division: ExactDivision | undefined): SandboxResponse | null {
  const allowed = bulkFilterable(set, division);
  const raw = req.query.get('$filter');
  if (allowed === null || raw === null || raw.trim() === '') return null;
  const refused = filterFields(parseFilter(raw)).filter((field) => !allowed.includes(field));
  return refused.length === 0 ? null : exactError(400, `${FILTER_REFUSED}${refused.join(', ')}`);
}
