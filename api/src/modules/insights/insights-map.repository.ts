import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { GridShape } from './dto/insights.args.js';
import { AREA_OPPORTUNITIES } from './insights-activity-sql.js';
import { queryWithTimeout } from './insights-query.js';

/** The council area in its metric projection, measured in metres. */
export interface MetricArea {
  /** The UTM zone of the area's centroid, as an EPSG code. */
  srid: number;
  areaM2: number;
  widthM: number;
  heightM: number;
}

export interface GridCellRow {
  id: string;
  polygon: string;
  opportunities: number;
}

export interface SkillGapRow {
  skillId: string;
  needCount: number;
  openings: number;
  needIds: string[];
}

export interface SdgCountRow {
  number: number;
  opportunities: number;
}

/**
 * SQL for the EPSG code of the WGS 84 UTM zone (326xx north, 327xx south)
 * that contains the point. PostGIS 3.3 and PGlite's 3.6 both ship these.
 */
const UTM_SRID = (point: string) =>
  `(CASE WHEN ST_Y(${point}) >= 0 THEN 32600 ELSE 32700 END
    + least(60, floor((ST_X(${point}) + 180) / 6)::int + 1))`;

const GRID_FUNCTIONS: Record<GridShape, string> = {
  [GridShape.HEXAGON]: 'ST_HexagonGrid',
  [GridShape.SQUARE]: 'ST_SquareGrid',
};

/**
 * Spacing of the grid's columns and rows for a cell size of $3 metres.
 * Both PostGIS grids start at the origin of the projection: square (i, j)
 * spans [i s, (i + 1) s] × [j s, (j + 1) s]; hexagons have flat tops, and
 * hexagon (i, j) is centred on (1.5 s i, √3 s j), half a row higher when
 * i is odd.
 */
const GRID_STEPS: Record<GridShape, { column: string; row: string }> = {
  [GridShape.HEXAGON]: {
    column: '1.5 * $3::float8',
    row: 'sqrt(3) * $3::float8',
  },
  [GridShape.SQUARE]: { column: '$3::float8', row: '$3::float8' },
};

/**
 * Grid cells ($3 metres, in SRID $2) that meet the area, with the number
 * of published venues in each. Each venue is projected once; the column
 * and row that hold it follow from its coordinates, so it is tested only
 * against the 3 × 3 cells around them, which include every cell that can
 * contain it. A venue on a shared edge goes to the cell with the lowest
 * (i, j), so the counts add up to the venues in the area. The CTEs are
 * materialised so that each point is projected once and the candidates
 * join the cells on (i, j) by hash; inlined, the planner matches on i
 * alone and tests each venue against a whole column of cells.
 */
function gridSql(shape: GridShape): string {
  const step = GRID_STEPS[shape];

  return `WITH ${AREA_OPPORTUNITIES},
  council AS (
    SELECT ST_Transform(area, $2::int) AS metric FROM organisations WHERE id = $1),
  cells AS MATERIALIZED (
    SELECT g.i, g.j, g.geom
      FROM council, LATERAL ${GRID_FUNCTIONS[shape]}($3::float8, council.metric) AS g
     WHERE ST_Intersects(g.geom, council.metric)),
  venues AS MATERIALIZED (
    SELECT a.id, ST_Transform(o.location::geometry, $2::int) AS point
      FROM area_opportunities a JOIN opportunities o ON o.id = a.id),
  candidates AS MATERIALIZED (
    SELECT v.id, v.point,
           floor(ST_X(v.point) / (${step.column}))::int + di AS i,
           floor(ST_Y(v.point) / (${step.row}))::int + dj AS j
      FROM venues v, generate_series(-1, 1) AS di, generate_series(-1, 1) AS dj),
  placed AS (
    SELECT DISTINCT ON (c.id) c.id, cells.i, cells.j
      FROM candidates c
      JOIN cells ON cells.i = c.i AND cells.j = c.j
     WHERE ST_Intersects(cells.geom, c.point)
     ORDER BY c.id, cells.i, cells.j),
  counts AS (
    SELECT i, j, count(*)::int AS n FROM placed GROUP BY i, j)
  SELECT cells.i || ':' || cells.j AS id,
         ST_AsGeoJSON(ST_Transform(cells.geom, 4326), 6) AS polygon,
         COALESCE(counts.n, 0) AS opportunities
    FROM cells
    LEFT JOIN counts ON counts.i = cells.i AND counts.j = cells.j
   ORDER BY cells.j DESC, cells.i
   LIMIT $4`;
}

/**
 * Open needs located in the area ($1), one row per asked skill, kept when
 * no published opportunity building that skill has its venue within $2
 * metres of the need. Opportunities outside the area count as nearby too.
 */
const SKILL_GAPS_SQL = `WITH need_skills AS (
    SELECT n.id, n.openings, n.location, n.closes_on, skill.id AS skill_id
      FROM organisations council
      JOIN skill_needs n ON ST_Covers(council.area, n.location::geometry)
      CROSS JOIN LATERAL unnest(n.skill_ids) AS skill(id)
     WHERE council.id = $1 AND n.status = 'open'
       AND n.closes_on >= (now() AT TIME ZONE 'UTC')::date),
  unmet AS (
    SELECT ns.* FROM need_skills ns
     WHERE NOT EXISTS (
       SELECT 1 FROM opportunities o
         JOIN opportunity_skills l
           ON l.opportunity_id = o.id AND l.skill_id = ns.skill_id
        WHERE o.status = 'published'
          AND ST_DWithin(o.location, ns.location, $2)))
  SELECT u.skill_id AS "skillId", count(*)::int AS "needCount",
         sum(u.openings)::int AS openings,
         array_agg(u.id::text ORDER BY u.closes_on, u.id) AS "needIds"
    FROM unmet u JOIN skills s ON s.id = u.skill_id
   GROUP BY u.skill_id, s.name
   ORDER BY count(*) DESC, s.name`;

/** Published opportunities in the area per SDG, all 17, whatever the dates. */
const SDG_COUNTS_SQL = `WITH ${AREA_OPPORTUNITIES}
  SELECT sd.number, count(l.opportunity_id)::int AS opportunities
    FROM sdgs sd
    LEFT JOIN (opportunity_sdgs l JOIN area_opportunities a
                 ON a.id = l.opportunity_id)
      ON l.sdg_number = sd.number
   GROUP BY sd.number
   ORDER BY opportunities, sd.number`;

/** SQL of the spatial figures of a council area: the grid and the gaps. */
@Injectable()
export class InsightsMapRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Projects the area to the UTM zone of its centroid and measures it. */
  async measureArea(councilId: string): Promise<MetricArea> {
    const [row]: MetricArea[] = await this.dataSource.query(
      `SELECT srid, ST_Area(metric) AS "areaM2",
              ST_XMax(metric) - ST_XMin(metric) AS "widthM",
              ST_YMax(metric) - ST_YMin(metric) AS "heightM"
         FROM (SELECT area, ${UTM_SRID('ST_Centroid(area)')} AS srid
                 FROM organisations WHERE id = $1) council,
              LATERAL ST_Transform(council.area, council.srid) AS metric`,
      [councilId],
    );

    return row!;
  }

  /** Returns at most `limit` cells. */
  grid(
    councilId: string,
    shape: GridShape,
    srid: number,
    cellMetres: number,
    limit: number,
  ): Promise<GridCellRow[]> {
    return queryWithTimeout(this.dataSource, {
      sql: gridSql(shape),
      parameters: [councilId, srid, cellMetres, limit],
      field: 'cellKm',
      advice: 'a larger cellKm',
    });
  }

  skillGaps(councilId: string, gapMetres: number): Promise<SkillGapRow[]> {
    return queryWithTimeout(this.dataSource, {
      sql: SKILL_GAPS_SQL,
      parameters: [councilId, gapMetres],
      field: 'gapDistanceKm',
      advice: 'a smaller gapDistanceKm',
    });
  }

  sdgCounts(councilId: string): Promise<SdgCountRow[]> {
    return queryWithTimeout(this.dataSource, {
      sql: SDG_COUNTS_SQL,
      parameters: [councilId],
      field: 'fewThreshold',
      advice: 'the SDG gaps again in a minute',
    });
  }
}
