/**
 * import-doctor only reads. This guard is the single gate every request passes: GET and HEAD,
 * POST to a token endpoint, and POST of a GraphQL document that holds queries only.
 * Anything else is a programming error and is refused before it reaches the network.
 */
export type RequestPurpose = 'read' | 'token' | 'graphql-query';

export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/** Removes comments and string literals so that a word inside them cannot fool the check. */
function stripGraphqlNoise(document: string): string {
  return document
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:\\.|[^"\\])*"/g, '""')
    .replace(/#[^\n\r]*/g, '');
}

/** True when every operation in the document is a query (including the `{ … }` shorthand). */
export function isQueryOnly(document: string): boolean {
  const clean = stripGraphqlNoise(document);
  // Operation keywords only appear at the top level (depth 0 of braces).
  let depth = 0;
  let topLevel = '';
  for (const char of clean) {
    if (char === '{') depth += 1;
    if (depth === 0) topLevel += char;
    if (char === '}') depth = Math.max(0, depth - 1);
  }
  return !/\b(mutation|subscription)\b/.test(topLevel);
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
