/** Sequential fills from few to many (ColorBrewer YlGnBu, 5 classes). */
const CLASS_FILLS = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];

/** One legend entry: cells with `min` to `max` opportunities, inclusive. */
export interface DensityClass {
  min: number;
  max: number;
  fill: string;
}

/**
 * Splits 1 to `max` opportunities into at most five whole-number ranges of
 * equal width. Empty cells belong to no range and are drawn unfilled.
 */
export function densityClasses(max: number): DensityClass[] {
  if (max < 1) return [];
  const count = Math.min(CLASS_FILLS.length, max);
  const width = Math.ceil(max / count);
  const classes: DensityClass[] = [];
  for (let min = 1; min <= max; min += width) {
    classes.push({
      min,
      max: Math.min(max, min + width - 1),
      fill: CLASS_FILLS[classes.length]!,
    });
  }

  return classes;
}

/** Returns the range a cell's count falls in, or null for an empty cell. */
export function classOf(
  classes: readonly DensityClass[],
  opportunities: number,
): DensityClass | null {
  return (
    classes.find(
      (range) => opportunities >= range.min && opportunities <= range.max,
    ) ?? null
  );
}
