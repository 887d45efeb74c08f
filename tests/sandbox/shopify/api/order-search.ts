import type { ShopifyOrder } from '../world';

/**
 * Shopify's search syntax for `orders(query:)`, the part the product needs:
 * `field:value`, `field:>=value` (`>`, `<`, `<=` too), quoted values, terms joined by spaces or
 * `AND` (conjunction), `OR` between groups (no parentheses), `-field:value` / `NOT` negation.
 * Fields: name, id, created_at, updated_at, processed_at, financial_status, status, test; free
 * text matches the name or email. Unknown fields and unparseable dates are ignored, as Shopify
 * ignores them (it reports a search warning we do not reproduce). Date-only values count as UTC
 * midnight (Shopify uses the shop's time zone).
 */
export type OrderPredicate = (order: ShopifyOrder) => boolean;

type Op = '=' | '>' | '>=' | '<' | '<=';

const TOKEN = /(-?)(?:([a-z_]+):(>=|<=|>|<)?("[^"]*"|'[^']*'|\S*)|("[^"]*"|'[^']*'|\S+))/gi;

const unquote = (v: string): string => (/^(["']).*\1$/.test(v) ? v.slice(1, -1) : v);
const normName = (v: string): string => v.trim().replace(/^#/, '').toLowerCase();

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '=': return a === b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '<=': return a <= b;
  }
}

function parseInstant(value: string): number | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function dateTerm(pick: (o: ShopifyOrder) => string, op: Op, value: string): OrderPredicate | null {
  const at = parseInstant(value);
  if (at === null) return null;
  const dayOnly = op === '=' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return (o) => {
    const t = Date.parse(pick(o));
    return dayOnly ? t >= at && t < at + 86_400_000 : compare(t, op, at);
  };
}

function statusTerm(value: string): OrderPredicate | null {
  switch (value) {
    case 'open': return (o) => !o.closedAt && o.cancelledAt === null;
    case 'closed': return (o) => Boolean(o.closedAt);
    case 'cancelled': return (o) => o.cancelledAt !== null;
    case 'not_closed': return (o) => !o.closedAt;
    case 'any': return () => true;
    default: return null;
  }
}

function fieldTerm(field: string, op: Op, value: string): OrderPredicate | null {
  switch (field) {
    case 'name': return (o) => normName(o.name) === normName(value);
    case 'id': {
      const n = Number(value);
      return Number.isFinite(n) ? (o) => compare(Number(o.id), op, n) : null;
    }
    case 'created_at': return dateTerm((o) => o.createdAt, op, value);
    case 'updated_at': return dateTerm((o) => o.updatedAt ?? o.createdAt, op, value);
    case 'processed_at': return dateTerm((o) => o.processedAt ?? o.createdAt, op, value);
    case 'financial_status': return (o) => (o.displayFinancialStatus ?? '').toLowerCase() === value.toLowerCase();
    case 'status': return statusTerm(value.toLowerCase());
    case 'test': return (o) => String(o.test) === value.toLowerCase();
    default: return null;
  }
}

function freeText(value: string): OrderPredicate {
  const needle = normName(value);
  return (o) => normName(o.name).includes(needle) || (o.email ?? '').toLowerCase().includes(needle);
}

/** Compiles a query string to a predicate; an empty or absent query matches every order. */
export function compileOrderQuery(query: string | null): OrderPredicate {
  const groups: OrderPredicate[][] = [[]];
  let negateNext = false;
  for (const m of (query ?? '').matchAll(TOKEN)) {
    const [, minus, field, op, fieldValue, text] = m;
    if (text === 'AND') continue;
    if (text === 'OR') { groups.push([]); continue; }
    if (text === 'NOT') { negateNext = true; continue; }
    const term = field !== undefined
      ? fieldTerm(field.toLowerCase(), (op as Op | undefined) ?? '=', unquote(fieldValue ?? ''))
      : freeText(unquote(text ?? ''));
    const negate = negateNext || minus === '-';
    negateNext = false;
    if (term) groups[groups.length - 1]?.push(negate ? (o) => !term(o) : term);
  }
  return (order) => groups.some((terms) => terms.every((t) => t(order)));
}
