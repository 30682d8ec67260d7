import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError } from './search-query';

describe('parseQuery', () => {
  it('reads an empty query as "everything"', () => {
    expect(parseQuery('   ')).toBeUndefined();
  });

  it('unescapes quotes inside a quoted value', () => {
    expect(parseQuery('page.url:"https://x.test/\\"q\\""')).toEqual({
      kind: 'term',
      field: 'page.url',
      value: 'https://x.test/"q"',
      quoted: true,
    });
  });

  it('keeps a comparison in the value of an unquoted date term', () => {
    expect(parseQuery('date:>now-7d')).toMatchObject({ field: 'date', value: '>now-7d', quoted: false });
  });

  it('binds AND tighter than OR', () => {
    expect(parseQuery('a:1 OR b:2 AND c:3')).toEqual({
      kind: 'or',
      children: [
        { kind: 'term', field: 'a', value: '1', quoted: false },
        {
          kind: 'and',
          children: [
            { kind: 'term', field: 'b', value: '2', quoted: false },
            { kind: 'term', field: 'c', value: '3', quoted: false },
          ],
        },
      ],
    });
  });

  it('lets parentheses override precedence, and reads NOT', () => {
    expect(parseQuery('(a:1 OR b:2) AND NOT c:3')).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            { kind: 'term', field: 'a', value: '1', quoted: false },
            { kind: 'term', field: 'b', value: '2', quoted: false },
          ],
        },
        { kind: 'not', child: { kind: 'term', field: 'c', value: '3', quoted: false } },
      ],
    });
  });

  it('ORs terms written side by side, as Elasticsearch’s default operator does', () => {
    expect(parseQuery('a:1 b:2')).toMatchObject({ kind: 'or' });
  });

  it.each(['a:"open', 'a:1 AND', 'a:', 'loose', '(a:1', 'a:1)', 'OR a:1'])('rejects %s', (q) => {
    expect(() => parseQuery(q)).toThrow(QuerySyntaxError);
  });
});
