import { ODataError, tokenize, type Token } from './odata-lexer';

export type EdmType = 'String' | 'Guid' | 'Int32' | 'Double' | 'Boolean' | 'DateTime' | 'Unknown';
export type ODataValue = string | number | boolean | Date | null;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Expr =
  | { kind: 'literal'; pos: number; type: EdmType | 'Null'; value: ODataValue }
  | { kind: 'field'; pos: number; name: string }
  | { kind: 'call'; pos: number; name: string; args: Expr[] }
  | { kind: 'compare'; pos: number; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'logical'; pos: number; op: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; pos: number; operand: Expr };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/**
 * Parses an OData v2 `$filter`. Precedence, loosest first: or, and, not, comparison, primary.
 * (Strict OData binds `not` tighter than `eq`; clients always write `not f(...)` or `not (...)`, where
 * both readings agree.)
 */
export function parseFilter(input: string): Expr {
  const tokens = tokenize(input);
  let index = 0;
  const peek = (): Token => tokens[index] ?? { kind: 'eof', pos: input.length };
  const next = (): Token => {
    const token = peek();
    index += 1;
    return token;
  };
  const isWord = (token: Token, word: string): boolean =>
    token.kind === 'ident' && token.text.toLowerCase() === word;
  const fail = (token: Token, what: string): never => {
    throw new ODataError(`Syntax error at position ${token.pos} in '${input}': ${what}.`);
  };
  const expect = (kind: Token['kind'], what: string): Token => {
    const token = next();
    if (token.kind !== kind) fail(token, `expected ${what}`);
    return token;
  };

  function parseOr(): Expr {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      const pos = next().pos;
      left = { kind: 'logical', pos, op: 'or', left, right: parseAnd() };
    }
    return left;
  }

  function parseAnd(): Expr {
    let left = parseNot();
    while (isWord(peek(), 'and')) {
      const pos = next().pos;
      left = { kind: 'logical', pos, op: 'and', left, right: parseNot() };
    }
    return left;
  }

  function parseNot(): Expr {
    if (isWord(peek(), 'not')) {
      const pos = next().pos;
      return { kind: 'not', pos, operand: parseNot() };
    }
    return parseComparison();
  }

  function parseComparison(): Expr {
    const left = parsePrimary();
    const token = peek();
    if (token.kind === 'ident' && COMPARE_OPS.has(token.text.toLowerCase())) {
      next();
      const op = token.text.toLowerCase() as CompareOp;
      return { kind: 'compare', pos: token.pos, op, left, right: parsePrimary() };
    }
    return left;
  }

  function parsePrimary(): Expr {
    const token = next();
    switch (token.kind) {
      case 'lparen': {
        const inner = parseOr();
        expect('rparen', "')'");
        return inner;
      }
      case 'string':
        return { kind: 'literal', pos: token.pos, type: 'String', value: token.value };
      case 'number':
        return { kind: 'literal', pos: token.pos, type: token.integer ? 'Int32' : 'Double', value: token.value };
      case 'guid':
        return { kind: 'literal', pos: token.pos, type: 'Guid', value: token.value };
      case 'datetime':
        return { kind: 'literal', pos: token.pos, type: 'DateTime', value: token.value };
      case 'ident':
        return parseIdentifier(token);
      default:
        return fail(token, 'expected an expression');
    }
  }

  function parseIdentifier(token: Extract<Token, { kind: 'ident' }>): Expr {
    const word = token.text.toLowerCase();
    if (word === 'true' || word === 'false') return { kind: 'literal', pos: token.pos, type: 'Boolean', value: word === 'true' };
    if (word === 'null') return { kind: 'literal', pos: token.pos, type: 'Null', value: null };
    if (peek().kind !== 'lparen') return { kind: 'field', pos: token.pos, name: token.text };
    next();
    const args: Expr[] = [];
    if (peek().kind !== 'rparen') {
      args.push(parseOr());
      while (peek().kind === 'comma') {
        next();
        args.push(parseOr());
      }
    }
    expect('rparen', "')'");
    return { kind: 'call', pos: token.pos, name: word, args };
  }

  const expr = parseOr();
  const rest = peek();
  if (rest.kind !== 'eof') fail(rest, 'unexpected text after the expression');
  return expr;
}
