/**
 * How many targets each SDG has in the 2030 Agenda (UN resolution
 * A/RES/70/1): numbered targets `N.1` to `N.<numbered>`, then
 * lettered means-of-implementation targets `N.a`, `N.b`, ... Goal 17 has
 * only numbered ones. 169 targets in all.
 */
const TARGET_COUNTS: Record<number, { numbered: number; lettered: number }> = {
  1: { numbered: 5, lettered: 2 },
  2: { numbered: 5, lettered: 3 },
  3: { numbered: 9, lettered: 4 },
  4: { numbered: 7, lettered: 3 },
  5: { numbered: 6, lettered: 3 },
  6: { numbered: 6, lettered: 2 },
  7: { numbered: 3, lettered: 2 },
  8: { numbered: 10, lettered: 2 },
  9: { numbered: 5, lettered: 3 },
  10: { numbered: 7, lettered: 3 },
  11: { numbered: 7, lettered: 3 },
  12: { numbered: 8, lettered: 3 },
  13: { numbered: 3, lettered: 2 },
  14: { numbered: 7, lettered: 3 },
  15: { numbered: 9, lettered: 3 },
  16: { numbered: 10, lettered: 2 },
  17: { numbered: 19, lettered: 0 },
};

/** Every SDG target code, such as `4.4` or `13.b`, by goal number. */
export const SDG_TARGETS: ReadonlyMap<number, readonly string[]> = new Map(
  Object.entries(TARGET_COUNTS).map(([goal, { numbered, lettered }]) => [
    Number(goal),
    [
      ...Array.from({ length: numbered }, (_, index) => `${goal}.${index + 1}`),
      ...Array.from(
        { length: lettered },
        (_, index) => `${goal}.${String.fromCharCode(97 + index)}`,
      ),
    ],
  ]),
);

/** The goal a target code belongs to, or null when the code is not a target. */
export function goalOfTarget(code: string): number | null {
  const goal = Number(code.split('.')[0]);

  return SDG_TARGETS.get(goal)?.includes(code) ? goal : null;
}
