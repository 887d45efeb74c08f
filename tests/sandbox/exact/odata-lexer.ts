/** Tokens of an OData v2 `$filter` expression. */
export type Token =
  | { kind: 'lparen' | 'rparen' | 'comma' | 'eof'; pos: number }
  | { kind: 'ident'; pos: number; text: string }
  | { kind: 'string'; pos: number; value: string }
  | { kind: 'number'; pos: number; value: number; integer: boolean }
  | { kind: 'guid'; pos: number; value: string }
  | { kind: 'datetime'; pos: number; value: Date };

/** A query the server refuses with 400; `message` is what Exact puts in error.message.value. */
export class ODataError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'ODataError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A `datetime'…'` literal. Without a zone it is read as UTC (unconfirmed: Exact may read it in the
 * administration's time zone; change it here).
 */
export function parseDateTimeLiteral(text: string, pos: number): Date {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) {
    throw new ODataError(`Unrecognized 'Edm.DateTime' literal 'datetime'${text}'' at position ${pos}.`);
  }
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(text);
  const date = new Date(hasZone ? text : `${text.includes('T') ? text : `${text}T00:00:00`}Z`);
  if (Number.isNaN(date.getTime())) throw new ODataError(`Invalid datetime '${text}' at position ${pos}.`);
  return date;
}

/** Reads a quoted literal starting at `start` (the opening quote); `''` is an escaped quote. */
function readQuoted(input: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < input.length) {
    const ch = input[i];
    if (ch === "'") {
      if (input[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i += 1;
  }
  throw new ODataError(`There is an unterminated string literal at position ${start} in '${input}'.`);
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', pos: i });
      i += 1;
    } else if (ch === "'") {
      const { value, end } = readQuoted(input, i);
      tokens.push({ kind: 'string', pos: i, value });
      i = end;
    } else if (/[0-9]/.test(ch) || (ch === '-' && /[0-9]/.test(input[i + 1] ?? ''))) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?/.exec(input.slice(i)) ?? [''];
      const text = match[0];
      const numeric = text.replace(/[mMdDfFlL]$/, '');
      tokens.push({ kind: 'number', pos: i, value: Number(numeric), integer: /^-?\d+$/.test(numeric) });
      i += text.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const text = (/^[A-Za-z_][A-Za-z0-9_/.]*/.exec(input.slice(i)) ?? [''])[0];
      const prefix = text.toLowerCase();
      if ((prefix === 'guid' || prefix === 'datetime' || prefix === 'datetimeoffset') && input[i + text.length] === "'") {
        const { value, end } = readQuoted(input, i + text.length);
        if (prefix === 'guid') {
          if (!GUID.test(value)) throw new ODataError(`Unrecognized 'Edm.Guid' literal 'guid'${value}'' at position ${i}.`);
          tokens.push({ kind: 'guid', pos: i, value: value.toLowerCase() });
        } else {
          tokens.push({ kind: 'datetime', pos: i, value: parseDateTimeLiteral(value, i) });
        }
        i = end;
      } else {
        tokens.push({ kind: 'ident', pos: i, text });
        i += text.length;
      }
    } else {
      throw new ODataError(`Syntax error: character '${ch}' is not valid at position ${i} in '${input}'.`);
    }
  }
  tokens.push({ kind: 'eof', pos: input.length });
  return tokens;
}
