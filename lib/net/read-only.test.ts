import { describe, expect, it } from 'vitest';
import { assertReadOnly, isQueryOnly, WriteRefusedError } from './read-only';

const gql = (query: string) => JSON.stringify({ query });

describe('read-only gate', () => {
  it('lets GET and HEAD through', () => {
    expect(() => assertReadOnly('GET', 'read', undefined)).not.toThrow();
    expect(() => assertReadOnly('head', 'read', undefined)).not.toThrow();
  });

  it('lets token requests through only as POST with purpose token', () => {
    expect(() => assertReadOnly('POST', 'token', 'grant_type=refresh_token')).not.toThrow();
    expect(() => assertReadOnly('POST', 'read', 'x=1')).toThrow(WriteRefusedError);
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('refuses %s whatever the purpose', (method) => {
    expect(() => assertReadOnly(method, 'token', '')).toThrow(WriteRefusedError);
    expect(() => assertReadOnly(method, 'graphql-query', gql('{ shop { name } }'))).toThrow(WriteRefusedError);
  });

  it('accepts GraphQL queries, named or shorthand', () => {
    expect(() => assertReadOnly('POST', 'graphql-query', gql('query Order($id: ID!) { order(id: $id) { id } }'))).not.toThrow();
    expect(() => assertReadOnly('POST', 'graphql-query', gql('{ shop { name } }'))).not.toThrow();
  });

  it('refuses mutations, also behind comments, fragments and a query in the same document', () => {
    expect(isQueryOnly('mutation { orderCancel(orderId: "1") { job { id } } }')).toBe(false);
    expect(isQueryOnly('query A { shop { name } }\nmutation B { x }')).toBe(false);
    expect(isQueryOnly('# comment\n  mutation{x}')).toBe(false);
    expect(isQueryOnly('subscription { x }')).toBe(false);
  });

  it('is not fooled by the word mutation inside strings, comments or field names', () => {
    expect(isQueryOnly('query { orders(query: "mutation") { nodes { id } } }')).toBe(true);
    expect(isQueryOnly('# mutation\nquery { shop { name } }')).toBe(true);
    expect(isQueryOnly('query { order(id: "1") { mutationCount: id } }')).toBe(true);
  });

  it('H4: a quote inside a comment cannot hide a mutation (regression)', () => {
    expect(isQueryOnly('# say "hi\nmutation { orderCancel(orderId: "1") { job { id } } } # "')).toBe(false);
    expect(isQueryOnly('query { shop { name } } # "\nmutation { x } # "')).toBe(false);
  });

  it('H4: refuses documents with two operations, none, or that do not parse', () => {
    expect(isQueryOnly('query A { shop { name } } query B { shop { id } }')).toBe(false);
    expect(isQueryOnly('fragment F on Shop { name }')).toBe(false);
    expect(isQueryOnly('query { shop { name }')).toBe(false);
    expect(isQueryOnly('query { ...F } fragment F on Shop { name }')).toBe(true);
  });

  it('refuses a GraphQL POST whose body is not a GraphQL request', () => {
    expect(() => assertReadOnly('POST', 'graphql-query', 'not json')).toThrow(WriteRefusedError);
    expect(() => assertReadOnly('POST', 'graphql-query', JSON.stringify({ q: 1 }))).toThrow(WriteRefusedError);
  });
});
