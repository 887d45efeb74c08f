import { Kind } from 'graphql/language/kinds';
import { parse } from 'graphql/language/parser';

/**
 * import-doctor only reads. This guard is the single gate every request passes: GET and HEAD,
 * POST to a token endpoint, and POST of a GraphQL document that holds one query and nothing else.
 * Anything else is a programming error and is refused before it reaches the network.
 */
export type RequestPurpose = 'read' | 'token' | 'graphql-query';

export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/**
 * True when the document parses (GraphQL's own parser, not a string scan: comments, strings and
 * block strings cannot hide an operation) to exactly one operation, a query, plus fragments.
 */
export function isQueryOnly(document: string): boolean {
  let definitions;
  try {
    definitions = parse(document, { noLocation: true }).definitions;
  } catch {
    return false;
  }
  const operations = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const onlyQueryAndFragments = definitions.every(
    (definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query') || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return operations.length === 1 && onlyQueryAndFragments;
}

export function assertReadOnly(method: string, purpose: RequestPurpose, body: string | undefined): void {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return;
  if (verb === 'POST' && purpose === 'token') return;
  if (verb === 'POST' && purpose === 'graphql-query') {
    const document = parseGraphqlDocument(body);
    if (document !== null && isQueryOnly(document)) return;
    throw new WriteRefusedError('GraphQL request is not a query-only document');
  }
  throw new WriteRefusedError(`${verb} is not a read request (${purpose})`);
}

function parseGraphqlDocument(body: string | undefined): string | null {
  if (!body) return null;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'query' in parsed && typeof parsed.query === 'string') {
      return parsed.query;
    }
  } catch {
    return null;
  }
  return null;
}
