import { classOf, densityClasses } from './density-classes';

describe('densityClasses', () => {
  test('no ranges without opportunities', () => {
    expect(densityClasses(0)).toEqual([]);
  });

  test('one range per count below five', () => {
    expect(densityClasses(3).map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  test('five ranges that end at the maximum', () => {
    expect(densityClasses(12).map(({ min, max }) => [min, max])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
    expect(densityClasses(25).map(({ min, max }) => [min, max])).toEqual([
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 20],
      [21, 25],
    ]);
  });

  test('classOf places counts in ranges', () => {
    const classes = densityClasses(10);

    expect(classOf(classes, 0)).toBeNull();
    expect(classOf(classes, 1)?.min).toBe(1);
    expect(classOf(classes, 10)?.max).toBe(10);
  });
});
