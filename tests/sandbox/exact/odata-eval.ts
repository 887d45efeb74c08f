import type { CompareOp, EdmType, Expr, ODataValue } from './odata-filter';
import { ODataError } from './odata-lexer';

export type Row = Readonly<Record<string, ODataValue>>;

/**
 * (unconfirmed) Exact runs on SQL Server with a case-insensitive collation, so `Code eq 'abc'` also
 * finds 'ABC'. Flip here if that turns out wrong.
 */
export const STRING_COMPARE_IGNORES_CASE = true;

type Signature = { args: EdmType[]; returns: EdmType };
const FUNCTIONS: Record<string, Signature> = {
  trim: { args: ['String'], returns: 'String' },
  tolower: { args: ['String'], returns: 'String' },
  toupper: { args: ['String'], returns: 'String' },
  length: { args: ['String'], returns: 'Int32' },
  substringof: { args: ['String', 'String'], returns: 'Boolean' },
  startswith: { args: ['String', 'String'], returns: 'Boolean' },
  endswith: { args: ['String', 'String'], returns: 'Boolean' },
};

const edm = (type: EdmType | 'Null'): string => (type === 'Null' ? 'null' : `Edm.${type}`);
const numeric = (type: EdmType | 'Null'): boolean => type === 'Int32' || type === 'Double';

function compatible(a: EdmType | 'Null', b: EdmType | 'Null'): boolean {
  if (a === 'Null' || b === 'Null' || a === 'Unknown' || b === 'Unknown') return true;
  return a === b || (numeric(a) && numeric(b));
}

/**
 * Type-checks a filter against an entity's fields, the way WCF Data Services does: an unknown
 * property or `YourRef eq 1001` (a number against a string) is a 400, not an empty result.
 */
export function checkFilter(expr: Expr, fields: ReadonlyMap<string, EdmType>, typeName: string): void {
  const type = typeOf(expr, fields, typeName);
  if (type !== 'Boolean' && type !== 'Unknown') {
    throw new ODataError(`Expression of type '${edm(type)}' expected to be of type 'Edm.Boolean' in $filter.`);
  }
}

function typeOf(expr: Expr, fields: ReadonlyMap<string, EdmType>, typeName: string): EdmType | 'Null' {
  switch (expr.kind) {
    case 'literal':
      return expr.type;
    case 'field': {
      const type = fields.get(expr.name);
      if (!type) throw new ODataError(`No property '${expr.name}' exists in type '${typeName}' at position ${expr.pos}.`);
      return type;
    }
    case 'call': {
      const signature = FUNCTIONS[expr.name];
      if (!signature) throw new ODataError(`Unknown function '${expr.name}' at position ${expr.pos}.`);
      if (signature.args.length !== expr.args.length) {
        throw new ODataError(`No function signature for the function with name '${expr.name}' matches the specified arguments.`);
      }
      expr.args.forEach((arg, i) => {
        const argType = typeOf(arg, fields, typeName);
        if (!compatible(argType, signature.args[i] ?? 'Unknown')) {
          throw new ODataError(`No function signature for the function with name '${expr.name}' matches the specified arguments.`);
        }
      });
      return signature.returns;
    }
    case 'compare': {
      const left = typeOf(expr.left, fields, typeName);
      const right = typeOf(expr.right, fields, typeName);
      if (!compatible(left, right)) {
        throw new ODataError(`Operator '${expr.op}' incompatible with operand types '${edm(left)}' and '${edm(right)}' at position ${expr.pos}.`);
      }
      return 'Boolean';
    }
    case 'logical':
    case 'not': {
      const operands = expr.kind === 'not' ? [expr.operand] : [expr.left, expr.right];
      for (const operand of operands) {
        const type = typeOf(operand, fields, typeName);
        if (type !== 'Boolean' && type !== 'Unknown') {
          throw new ODataError(`Operator '${expr.kind === 'not' ? 'not' : expr.op}' incompatible with operand type '${edm(type)}' at position ${expr.pos}.`);
        }
      }
      return 'Boolean';
    }
  }
}

const fold = (text: string): string => (STRING_COMPARE_IGNORES_CASE ? text.toLowerCase() : text);

/** Orders two non-null values: dates by instant, strings by the collation, the rest natively. */
export function compareValues(left: Exclude<ODataValue, null>, right: Exclude<ODataValue, null>): number {
  const l = left instanceof Date ? left.getTime() : typeof left === 'string' ? fold(left) : left;
  const r = right instanceof Date ? right.getTime() : typeof right === 'string' ? fold(right) : right;
  if (l === r) return 0;
  return l < r ? -1 : 1;
}

function compare(op: CompareOp, left: ODataValue, right: ODataValue): boolean {
  if (left === null || right === null) {
    if (op === 'eq') return left === right;
    if (op === 'ne') return left !== right;
    return false;
  }
  const order = compareValues(left, right);
  switch (op) {
    case 'eq': return order === 0;
    case 'ne': return order !== 0;
    case 'gt': return order > 0;
    case 'ge': return order >= 0;
    case 'lt': return order < 0;
    case 'le': return order <= 0;
  }
}

function callFunction(name: string, args: ODataValue[]): ODataValue {
  const [a, b] = args;
  if (typeof a !== 'string' || (args.length === 2 && typeof b !== 'string')) return null;
  const second = typeof b === 'string' ? b : '';
  switch (name) {
    case 'trim': return a.trim();
    case 'tolower': return a.toLowerCase();
    case 'toupper': return a.toUpperCase();
    case 'length': return a.length;
    // substringof(needle, haystack): note the argument order.
    case 'substringof': return fold(second).includes(fold(a));
    case 'startswith': return fold(a).startsWith(fold(second));
    case 'endswith': return fold(a).endsWith(fold(second));
    default: return null;
  }
}

export function evaluate(expr: Expr, row: Row): ODataValue {
  switch (expr.kind) {
    case 'literal': return expr.value;
    case 'field': return row[expr.name] ?? null;
    case 'call': return callFunction(expr.name, expr.args.map((arg) => evaluate(arg, row)));
    case 'compare': return compare(expr.op, evaluate(expr.left, row), evaluate(expr.right, row));
    case 'not': return evaluate(expr.operand, row) !== true;
    case 'logical': {
      const left = evaluate(expr.left, row) === true;
      if (expr.op === 'and') return left && evaluate(expr.right, row) === true;
      return left || evaluate(expr.right, row) === true;
    }
  }
}
