import { GraphQLError } from 'graphql';

import { BadUserInputError } from './domain-error.js';
import {
  formatGraphqlError,
  INTERNAL_ERROR_MESSAGE,
} from './format-graphql-error.js';

describe('formatGraphqlError', () => {
  it('keeps the message and code of a domain error', () => {
    const original = new BadUserInputError('radiusKm is 0; expected more.');
    const wrapped = new GraphQLError(original.message, {
      originalError: original,
      path: ['opportunities'],
    });
    const logged: unknown[] = [];
    const formatted = formatGraphqlError(wrapped.toJSON(), wrapped, (error) =>
      logged.push(error),
    );
    expect(formatted.message).toBe('radiusKm is 0; expected more.');
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(formatted.path).toEqual(['opportunities']);
    expect(logged).toEqual([]);
  });

  it('hides the text of an unexpected error and logs it', () => {
    const original = new Error('relation "x" does not exist at SELECT *');
    const wrapped = new GraphQLError(original.message, {
      originalError: original,
    });
    const logged: unknown[] = [];
    const formatted = formatGraphqlError(
      {
        ...wrapped.toJSON(),
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      wrapped,
      (error) => logged.push(error),
    );
    expect(formatted.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toEqual([original]);
  });

  it('passes through a validation error from Apollo', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatGraphqlError(error.toJSON(), error, () => {
      throw new Error('must not log');
    });
    expect(formatted.message).toBe('Cannot query field "x" on type "Query".');
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
