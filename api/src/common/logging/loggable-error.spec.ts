import { QueryFailedError } from 'typeorm';

import { toLoggableError } from './loggable-error.js';

describe('toLoggableError', () => {
  it('drops the parameters of a failed query', () => {
    const driverError = Object.assign(new Error('invalid byte sequence'), {
      code: '22021',
    });
    const failed = new QueryFailedError(
      'SELECT 1 WHERE $1 = $2',
      [150.3456, -33.7123],
      driverError,
    );
    const loggable = toLoggableError(failed);
    expect(loggable.message).toBe('invalid byte sequence');
    expect(loggable).toMatchObject({
      code: '22021',
      query: 'SELECT 1 WHERE $1 = $2',
    });
    expect(JSON.stringify(loggable)).not.toContain('150.3456');
    expect('parameters' in loggable).toBe(false);
  });

  it('keeps other errors as they are', () => {
    const error = new Error('boom');
    expect(toLoggableError(error)).toBe(error);
  });

  it('wraps a thrown value that is not an Error', () => {
    expect(toLoggableError('text').message).toBe('text');
  });
});
