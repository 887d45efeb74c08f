import {
  GraphQLError,
  Kind,
  executeSync,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import type { SandboxRequest, SandboxResponse } from '../../core/types';
import type { ShopifyStore } from '../world';
import { MISSING_QUERY_BODY, SINGLE_QUERY_MAX_COST, maxCostError, mutationRefusedError, throttledError } from './facts';
import { CostCounter } from './query-cost';
import { queryRoot } from './query-root';
import { shopifySchema } from './schema';
import type { LeakyBucket } from './throttle';

export interface GraphqlBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request body as Shopify reads it: JSON `{query, variables, operationName}` or raw `application/graphql`. */
export function readGraphqlBody(req: SandboxRequest): GraphqlBody | null {
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/graphql')) return { query: req.body, variables: {}, operationName: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed['query'] !== 'string') return null;
  const variables = parsed['variables'];
  const operationName = parsed['operationName'];
  return {
    query: parsed['query'],
    variables: isRecord(variables) ? variables : {},
    operationName: typeof operationName === 'string' ? operationName : null,
  };
}

function parseDocument(query: string): DocumentNode | GraphQLError {
  try {
    return parse(query);
  } catch (error) {
    return error instanceof GraphQLError ? error : new GraphQLError(String(error));
  }
}

function onlyQueries(doc: DocumentNode): boolean {
  return doc.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query');
}

/**
 * Whether the request is a read: false as soon as the document holds a mutation or subscription.
 * A body that does not parse is no write (the endpoint answers it with its syntax error).
 */
export function isQueryOnly(req: SandboxRequest): boolean {
  const body = readGraphqlBody(req);
  if (!body) return true;
  const doc = parseDocument(body.query);
  return doc instanceof GraphQLError || onlyQueries(doc);
}

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });

/** Runs one GraphQL request against a store: cost, throttle, execution, as Shopify answers. */
export function answerGraphql(req: SandboxRequest, store: ShopifyStore, bucket: LeakyBucket, nowMs: number): SandboxResponse {
  const body = readGraphqlBody(req);
  if (!body) return { status: 400, body: MISSING_QUERY_BODY };
  const doc = parseDocument(body.query);
  if (doc instanceof GraphQLError) return ok({ errors: [doc.toJSON()] });
  if (!onlyQueries(doc)) return ok({ errors: [mutationRefusedError()] });
  const schema = shopifySchema();
  const invalid = validate(schema, doc);
  if (invalid.length > 0) return ok({ errors: invalid.map((e) => e.toJSON()) });

  const operation = getOperationAST(doc, body.operationName);
  const queryType = schema.getQueryType();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const input = operation ? { operation, fragments, variables: body.variables } : null;
  const requested = input && queryType ? new CostCounter(input, false).selection(input.operation.selectionSet, queryType, undefined) : 0;
  const cost = (actual: number | null): object => ({
    cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() },
  });

  if (requested > SINGLE_QUERY_MAX_COST) return ok({ errors: [maxCostError(requested)], extensions: cost(null) });
  if (!bucket.take(requested)) return ok({ errors: [throttledError()], extensions: cost(null) });

  const result = executeSync({
    schema,
    document: doc,
    rootValue: queryRoot(store, nowMs),
    variableValues: body.variables,
    operationName: body.operationName,
  });
  const actual = input && queryType && result.data
    ? Math.min(requested, new CostCounter(input, true).selection(input.operation.selectionSet, queryType, result.data))
    : 0;
  bucket.refund(requested - actual);
  return ok({
    ...(result.errors ? { errors: result.errors.map((e) => e.toJSON()) } : {}),
    ...(result.data !== undefined ? { data: result.data } : {}),
    extensions: cost(actual),
  });
}
