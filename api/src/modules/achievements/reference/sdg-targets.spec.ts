import { goalOfTarget, SDG_TARGETS } from './sdg-targets.js';

describe('SDG targets', () => {
  it('lists 169 targets over 17 goals', () => {
    const all = [...SDG_TARGETS.values()].flat();

    expect(SDG_TARGETS.size).toBe(17);
    expect(all).toHaveLength(169);
    expect(new Set(all).size).toBe(169);
  });

  it.each([
    ['4.4', 4],
    ['13.b', 13],
    ['17.19', 17],
    ['8.10', 8],
  ])('finds the goal of %s', (code, goal) => {
    expect(goalOfTarget(code)).toBe(goal);
  });

  it.each(['4.8', '17.a', '13.c', '0.1', '18.1', '4', '4.04', ''])(
    'rejects %s',
    (code) => {
      expect(goalOfTarget(code)).toBeNull();
    },
  );
});
