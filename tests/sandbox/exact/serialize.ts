import type { SandboxResponse } from '../core/types';
import type { EntityShape, ODataValue, Row } from './odata';

/** Exact's error body (api/exact-online.md §7); clients read error.message.value. */
export function exactError(status: number, message: string, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers, body: { error: { code: '', message: { lang: '', value: message } } } };
}

/** Exact's date wire format: milliseconds since the epoch, UTC, no offset suffix. */
export function wireDate(date: Date): string {
  return `/Date(${date.getTime()})/`;
}

function wireValue(value: ODataValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? wireDate(value) : value;
}

export function recordUri(collectionUrl: string, row: Row, key: string): string {
  return `${collectionUrl}(guid'${String(row[key] ?? '')}')`;
}

/**
 * One record as Exact sends it: `__metadata` first, then the selected properties (all of them without
 * $select); navigation properties as `__deferred` links unless $expand-ed (then an empty `results`,
 * since the world models no lines).
 */
export function serializeRow(
  row: Row,
  shape: EntityShape,
  select: string[] | null,
  collectionUrl: string,
  expand: readonly string[],
): Record<string, unknown> {
  const uri = recordUri(collectionUrl, row, shape.key);
  const names = select === null || select.includes('*') ? [...shape.fields.keys(), ...shape.navigation] : select;
  const record: Record<string, unknown> = { __metadata: { uri, type: shape.typeName } };
  for (const name of names) {
    if (shape.navigation.includes(name)) {
      record[name] = expand.includes(name) ? { results: [] } : { __deferred: { uri: `${uri}/${name}` } };
    } else {
      record[name] = wireValue(row[name]);
    }
  }
  return record;
}
