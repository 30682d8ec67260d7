// A parser for the subset of the Elasticsearch query-string syntax the v2 search accepts:
//   field:value, field:"quoted \"value\"", date:>now-7d, AND / OR / NOT, ( … ).
// As in Elasticsearch, AND binds tighter than OR and terms side by side are OR'ed (the default
// operator), so a client that forgets its AND gets the broader result set it would get for real.

export type QueryNode =
  | { kind: 'and' | 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'term'; field: string; value: string; quoted: boolean };

export class QuerySyntaxError extends Error {}

type Token =
  | { type: '(' | ')' }
  | { type: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { type: 'term'; field: string; value: string; quoted: boolean };

export function parseQuery(input: string): QueryNode | undefined {
  const tokens = tokenize(input);
  if (tokens.length === 0) return undefined;
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (op: 'AND' | 'OR' | 'NOT') => {
    const token = peek();
    return token?.type === 'op' && token.op === op;
  };

  function parseOr(): QueryNode {
    const children = [parseAnd()];
    for (;;) {
      if (isOp('OR')) position++;
      else if (!startsOperand()) break;
      children.push(parseAnd());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'or', children };
  }
  function parseAnd(): QueryNode {
    const children = [parseNot()];
    while (isOp('AND')) {
      position++;
      children.push(parseNot());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'and', children };
  }
  function parseNot(): QueryNode {
    if (isOp('NOT')) {
      position++;
      return { kind: 'not', child: parseNot() };
    }
    return parsePrimary();
  }
  function parsePrimary(): QueryNode {
    const token = tokens[position++];
    if (token?.type === 'term')
      return { kind: 'term', field: token.field, value: token.value, quoted: token.quoted };
    if (token?.type === '(') {
      const inner = parseOr();
      if (tokens[position++]?.type !== ')') throw new QuerySyntaxError('Missing closing parenthesis');
      return inner;
    }
    throw new QuerySyntaxError(token ? `Unexpected ${describeToken(token)}` : 'Query ends too early');
  }
  function startsOperand(): boolean {
    const token = peek();
    return token?.type === 'term' || token?.type === '(' || (token?.type === 'op' && token.op === 'NOT');
  }

  const tree = parseOr();
  const rest = peek();
  if (rest) throw new QuerySyntaxError(`Unexpected ${describeToken(rest)}`);
  return tree;
}

function describeToken(token: Token): string {
  if (token.type === 'op') return `operator ${token.op}`;
  if (token.type === 'term') return `term ${token.field}:${token.value}`;
  return `"${token.type}"`;
}

const FIELD = /[A-Za-z0-9_.]/;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char });
      i++;
    } else {
      let field = '';
      while (i < input.length && FIELD.test(input[i] as string)) field += input[i++];
      if (input[i] !== ':') {
        if (field === 'AND' || field === 'OR' || field === 'NOT') {
          tokens.push({ type: 'op', op: field });
          continue;
        }
        throw new QuerySyntaxError(`Expected field:value at position ${i}`);
      }
      if (field === '') throw new QuerySyntaxError(`Missing field name at position ${i}`);
      i++; // the colon
      const [value, quoted, next] = readValue(input, i);
      tokens.push({ type: 'term', field, value, quoted });
      i = next;
    }
  }
  return tokens;
}

function readValue(input: string, start: number): [string, boolean, number] {
  let i = start;
  if (input[i] === '"') {
    let value = '';
    i++;
    while (i < input.length && input[i] !== '"') {
      if (input[i] === '\\') i++;
      if (i < input.length) value += input[i++];
    }
    if (input[i] !== '"') throw new QuerySyntaxError('Unterminated quoted value');
    return [value, true, i + 1];
  }
  let value = '';
  while (i < input.length && !/[\s()]/.test(input[i] as string)) {
    if (input[i] === '\\' && i + 1 < input.length) i++;
    value += input[i++];
  }
  if (value === '') throw new QuerySyntaxError(`Missing value at position ${start}`);
  return [value, false, i];
}
