import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { GridShape } from './dto/insights.args.js';
import { AREA_OPPORTUNITIES } from './insights-activity-sql.js';

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
 * Grid cells ($3 metres, in SRID $2) that meet the area, with the number
 * of published venues in each. A venue on a shared edge goes to the cell
 * with the lowest (i, j), so the counts add up to the venues in the area.
 */
function gridSql(shape: GridShape): string {
  return `WITH ${AREA_OPPORTUNITIES},
  council AS (
    SELECT ST_Transform(area, $2::int) AS metric FROM organisations WHERE id = $1),
  cells AS (
    SELECT g.i, g.j, g.geom
      FROM council, LATERAL ${GRID_FUNCTIONS[shape]}($3, council.metric) AS g
     WHERE ST_Intersects(g.geom, council.metric)),
  placed AS (
    SELECT DISTINCT ON (a.id) a.id, cells.i, cells.j
      FROM area_opportunities a
      JOIN opportunities o ON o.id = a.id
      JOIN cells
        ON ST_Intersects(cells.geom, ST_Transform(o.location::geometry, $2::int))
     ORDER BY a.id, cells.i, cells.j)
  SELECT cells.i || ':' || cells.j AS id,
         ST_AsGeoJSON(ST_Transform(cells.geom, 4326), 6) AS polygon,
         count(placed.id)::int AS opportunities
    FROM cells
    LEFT JOIN placed ON placed.i = cells.i AND placed.j = cells.j
   GROUP BY cells.i, cells.j, cells.geom
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
    return this.dataSource.query(gridSql(shape), [
      councilId,
      srid,
      cellMetres,
      limit,
    ]);
  }

  skillGaps(councilId: string, gapMetres: number): Promise<SkillGapRow[]> {
    return this.dataSource.query(SKILL_GAPS_SQL, [councilId, gapMetres]);
  }

  sdgCounts(councilId: string): Promise<SdgCountRow[]> {
    return this.dataSource.query(SDG_COUNTS_SQL, [councilId]);
  }
}
