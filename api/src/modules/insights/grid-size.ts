import { BadUserInputError } from '../../common/errors/domain-error.js';
import { GridShape } from './dto/insights.args.js';
import type { MetricArea } from './insights-map.repository.js';
import { CELL_KM } from './insights-parameters.js';

/** Most cells `densityGrid` returns, so a map layer stays light. */
export const MAX_GRID_CELLS = 5000;

/**
 * Maximum cells PostGIS may generate over the area's bounding box before
 * the cells outside the area are dropped. It bounds the work for long,
 * thin or diagonal areas, whose boxes are mostly empty.
 */
export const MAX_GENERATED_CELLS = 50_000;

/** A hexagon of side s covers (3√3 / 2) s²; a square of side s covers s². */
const AREA_FACTOR: Record<GridShape, number> = {
  [GridShape.HEXAGON]: (3 * Math.sqrt(3)) / 2,
  [GridShape.SQUARE]: 1,
};

/**
 * Estimates how many cells PostGIS generates over the bounding box: square
 * columns are s apart, hexagon columns 1.5 s and rows √3 s, plus a cell
 * of margin on each side.
 */
export function generatedCells(
  area: MetricArea,
  shape: GridShape,
  sideM: number,
): number {
  const [columnM, rowM] =
    shape === GridShape.SQUARE
      ? [sideM, sideM]
      : [1.5 * sideM, Math.sqrt(3) * sideM];

  return (
    (Math.ceil(area.widthM / columnM) + 2) *
    (Math.ceil(area.heightM / rowM) + 2)
  );
}

/** Estimates the cells inside the area, from its size; edges add a few more. */
export function coveringCells(
  area: MetricArea,
  shape: GridShape,
  sideM: number,
): number {
  return area.areaM2 / (AREA_FACTOR[shape] * sideM * sideM);
}

/** Computes the smallest side, in km rounded up to 0.5, under both caps. */
export function smallestCellKm(area: MetricArea, shape: GridShape): number {
  const factor = AREA_FACTOR[shape];
  const byArea = Math.sqrt(area.areaM2 / (factor * MAX_GRID_CELLS));
  const byBounds = Math.sqrt(
    (area.widthM * area.heightM) / (factor * MAX_GENERATED_CELLS),
  );
  // 10% more leaves room for the cells cut by the area's edge.
  const sideKm = (1.1 * Math.max(byArea, byBounds)) / 1000;

  return Math.ceil(sideKm * 2) / 2;
}

/** Raises BAD_USER_INPUT when a grid of this size would have too many cells. */
export function requireGridSize(
  area: MetricArea,
  shape: GridShape,
  cellKm: number,
): void {
  const sideM = cellKm * 1000;
  const estimate = Math.max(
    coveringCells(area, shape, sideM),
    generatedCells(area, shape, sideM) / (MAX_GENERATED_CELLS / MAX_GRID_CELLS),
  );
  if (estimate > MAX_GRID_CELLS) throw tooManyCells(area, shape, cellKm);
}

export function tooManyCells(
  area: MetricArea,
  shape: GridShape,
  cellKm: number,
): BadUserInputError {
  return new BadUserInputError(
    `A grid of ${cellKm} km cells over this area would have more than ${MAX_GRID_CELLS} cells; ask for a larger cellKm, such as ${suggestedCellKm(area, shape, cellKm)}.`,
    'cellKm',
  );
}

/** Picks a larger cell size to suggest, within the 50 km maximum. */
function suggestedCellKm(
  area: MetricArea,
  shape: GridShape,
  cellKm: number,
): number {
  return Math.min(
    CELL_KM.max,
    Math.max(smallestCellKm(area, shape), cellKm + 0.5),
  );
}
