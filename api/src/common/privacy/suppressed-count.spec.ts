import { suppressSmallCount } from './suppressed-count.model.js';

describe('suppressSmallCount', () => {
  it.each([
    [0, { value: 0, suppressed: false }],
    [1, { value: null, suppressed: true }],
    [4, { value: null, suppressed: true }],
    [5, { value: 5, suppressed: false }],
    [1234, { value: 1234, suppressed: false }],
  ])('maps %i', (count, expected) => {
    expect(suppressSmallCount(count)).toEqual(expected);
  });
});
