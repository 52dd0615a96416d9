import { buildSchema, parse, validate } from 'graphql';

import { depthLimitRule } from './depth-limit.rule.js';

const schema = buildSchema(`
  type Node { id: ID! child: Node }
  type Query { node: Node }
`);

function errorsFor(query: string, maxDepth: number): string[] {
  return validate(schema, parse(query), [depthLimitRule(maxDepth)]).map(
    (error) => error.message,
  );
}

describe('depthLimitRule', () => {
  it('allows a query at the limit', () => {
    expect(errorsFor('{ node { child { id } } }', 3)).toEqual([]);
  });

  it('rejects a query past the limit', () => {
    expect(errorsFor('{ node { child { child { id } } } }', 3)).toEqual([
      'The operation is nested 4 fields deep; the maximum is 3.',
    ]);
  });

  it('counts fields inside fragments', () => {
    const query = `
      { node { ...Deep } }
      fragment Deep on Node { child { child { id } } }`;
    expect(errorsFor(query, 3)).toHaveLength(1);
  });

  it('counts fields inside inline fragments', () => {
    expect(
      errorsFor('{ node { ... on Node { child { id } } } }', 2),
    ).toHaveLength(1);
  });
});
