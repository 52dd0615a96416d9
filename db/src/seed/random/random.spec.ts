import { Random } from './random.js';

function draws(random: Random, count: number): number[] {
  return Array.from({ length: count }, () => random.next());
}

describe('Random', () => {
  it('repeats the sequence for the same seed', () => {
    expect(draws(new Random(42), 100)).toEqual(draws(new Random(42), 100));
  });

  it('gives different sequences for different seeds', () => {
    expect(draws(new Random(1), 10)).not.toEqual(draws(new Random(2), 10));
  });

  it('keeps the known first values of mulberry32', () => {
    const random = new Random(1);

    expect(random.next()).toBeCloseTo(0.6270739405881613, 12);
    expect(random.next()).toBeCloseTo(0.002735721180215478, 12);
  });

  it('stays within [0, 1)', () => {
    const values = draws(new Random(7), 10_000);

    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('spreads values evenly', () => {
    const values = draws(new Random(3), 10_000);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;

    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('draws integers in the inclusive range', () => {
    const random = new Random(5);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 6)));

    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('samples distinct items', () => {
    const sample = new Random(9).sample(['a', 'b', 'c', 'd', 'e'], 3);

    expect(sample).toHaveLength(3);
    expect(new Set(sample).size).toBe(3);
  });

  it('samples at most the whole list', () => {
    expect(new Random(9).sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('picks by weight', () => {
    const random = new Random(11);
    const picks = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['rare', 1],
        ['common', 9],
      ]),
    );
    const rare = picks.filter((pick) => pick === 'rare').length;

    expect(rare).toBeGreaterThan(800);
    expect(rare).toBeLessThan(1_200);
  });

  it('rejects a seed that is not an integer', () => {
    expect(() => new Random(1.5)).toThrow('Random seed 1.5 is invalid');
  });

  it('rejects picking from an empty list', () => {
    expect(() => new Random(1).pick([])).toThrow('empty list');
  });
});
