import {
  Kind,
  getNamedType,
  isLeafType,
  isObjectType,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Query cost, a simple approximation of Shopify's model (api/shopify.md §1.4): scalar and enum
 * fields 0; an object field 1 plus its children; a connection 2 plus `first` (or `last`) times the
 * cost of one node (`nodes { … }`, else `edges { node { … } }`: 1 plus its children; `pageInfo`
 * is free). The requested cost uses the page size asked for; the actual cost counts the nodes that
 * came back and skips null objects; the endpoint caps it at the requested cost.
 * Not modelled: aliases of `nodes`/`edges` and fragments directly inside a connection.
 */
export interface CostInput {
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

type Data = Record<string, unknown> | undefined;

function intArg(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (!value) return 0;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : 0;
  }
  return 0;
}

const asRecord = (v: unknown): Data =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export class CostCounter {
  constructor(private readonly input: CostInput, private readonly actual: boolean) {}

  /** Cost of a selection set on `type`; `data` is the matching result object when counting actual cost. */
  selection(set: SelectionSetNode, type: GraphQLObjectType, data: Data): number {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) cost += this.selection(sel.selectionSet, type, data);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = this.input.fragments.get(sel.name.value);
        if (frag) cost += this.selection(frag.selectionSet, type, data);
      } else {
        const field = type.getFields()[sel.name.value];
        const named = field ? getNamedType(field.type) : undefined;
        if (!named || isLeafType(named) || !isObjectType(named) || !sel.selectionSet) continue;
        const value = data?.[sel.alias?.value ?? sel.name.value];
        if (this.actual && (value === null || value === undefined)) continue;
        if (named.name.endsWith('Connection')) {
          cost += this.connection(sel.selectionSet, named, sel.arguments ?? [], value);
        } else {
          const first = Array.isArray(value) ? value[0] : value;
          cost += 1 + this.selection(sel.selectionSet, named, asRecord(first));
        }
      }
    }
    return cost;
  }

  private connection(set: SelectionSetNode, type: GraphQLObjectType, args: readonly ArgumentNode[], value: unknown): number {
    const nodeType = getNamedType(type.getFields()['nodes']?.type);
    const node = this.nodeSelection(set);
    if (!isObjectType(nodeType) || !node) return 2;
    const one = (data: Data): number => 1 + this.selection(node, nodeType, data);
    if (this.actual) {
      const c = asRecord(value);
      const edges = Array.isArray(c?.['edges']) ? c['edges'].map((e) => asRecord(e)?.['node']) : [];
      const nodes = Array.isArray(c?.['nodes']) ? c['nodes'] : edges;
      return 2 + nodes.reduce((sum: number, n) => sum + one(asRecord(n)), 0);
    }
    const argOf = (name: string): ValueNode | undefined => args.find((a) => a.name.value === name)?.value;
    const size = intArg(argOf('first'), this.input.variables) || intArg(argOf('last'), this.input.variables);
    return 2 + size * one(undefined);
  }

  /** The selection on one node: `nodes { … }`, else `edges { node { … } }`; pageInfo costs nothing. */
  private nodeSelection(set: SelectionSetNode): SelectionSetNode | undefined {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD && sel.name.value === 'nodes' && sel.selectionSet) return sel.selectionSet;
    }
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD || sel.name.value !== 'edges' || !sel.selectionSet) continue;
      for (const inner of sel.selectionSet.selections) {
        if (inner.kind === Kind.FIELD && inner.name.value === 'node' && inner.selectionSet) return inner.selectionSet;
      }
    }
    return undefined;
  }
}
