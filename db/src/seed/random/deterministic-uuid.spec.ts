import { deterministicUuid } from './deterministic-uuid.js';

describe('deterministicUuid', () => {
  it('returns the same id for the same name', () => {
    expect(deterministicUuid('demo/1')).toBe(deterministicUuid('demo/1'));
  });

  it('returns different ids for different names', () => {
    expect(deterministicUuid('demo/1')).not.toBe(deterministicUuid('demo/2'));
  });

  it('formats a version 5 UUID', () => {
    expect(deterministicUuid('demo/1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
