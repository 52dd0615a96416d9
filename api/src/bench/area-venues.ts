/** Runs one SQL statement, as DataSource.query does. */
export type Execute = (
  sql: string,
  parameters?: unknown[],
) => Promise<Record<string, unknown>[]>;

/** A box in degrees: [south, west] and its side. */
export interface VenueBox {
  south: number;
  west: number;
  sideDegrees: number;
}

/**
 * SQL for a number in [0, 1) that looks random but depends only on n, so
 * that every run and both databases get the same points.
 */
const SCATTER = (n: string) =>
  `(sin(${n} * 12.9898) * 43758.5453 - floor(sin(${n} * 12.9898) * 43758.5453))`;

/**
 * Inserts `count` published in-person opportunities of one provider,
 * scattered over the box, in a single statement.
 */
export async function insertBoxVenues(
  execute: Execute,
  providerId: string,
  box: VenueBox,
  count: number,
): Promise<void> {
  await execute(
    `INSERT INTO opportunities (provider_id, title, summary, description,
       kind, mode, status, location)
     SELECT $1, 'Area venue ' || n, 'A venue for the insights grid.', '',
            'workshop', 'in_person', 'published',
            ST_SetSRID(ST_MakePoint($3::float8 + ${SCATTER('n')} * $4::float8,
                                    $2::float8 + ${SCATTER('(n + 0.5)')} * $4),
                       4326)::geography
       FROM generate_series(1, $5::int) AS n`,
    [providerId, box.south, box.west, box.sideDegrees, count],
  );
}

/** The box as a GeoJSON MultiPolygon, [longitude, latitude] order. */
export function boxArea(box: VenueBox): object {
  const east = box.west + box.sideDegrees;
  const north = box.south + box.sideDegrees;

  return {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [box.west, box.south],
          [east, box.south],
          [east, north],
          [box.west, north],
          [box.west, box.south],
        ],
      ],
    ],
  };
}
