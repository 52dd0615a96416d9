import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The first part that PostGIS finds invalid, with its reason. */
export interface InvalidPart {
  /** Zero-based index into the parts passed in. */
  index: number;
  reason: string;
}

export interface MergedArea {
  /** The merged MultiPolygon as GeoJSON text. */
  geoJson: string;
  valid: boolean;
  reason: string;
  /** Measured on the WGS84 spheroid. */
  areaKm2: number;
}

/** A part's GeoJSON text as a geometry with SRID 4326. */
const PART = 'ST_SetSRID(ST_GeomFromGeoJSON(part), 4326)';

/**
 * One part stays as given; several are unioned, so that features sharing
 * a border (such as the wards of a council) become one valid MultiPolygon.
 */
const MERGED = `CASE WHEN count(*) = 1 THEN ST_Multi((array_agg(${PART}))[1])
  ELSE ST_Multi(ST_CollectionExtract(ST_Union(${PART}), 3)) END`;

/** SQL that checks, merges and stores council areas. */
@Injectable()
export class CouncilAreasRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Checks each part with ST_IsValid; returns the first invalid one. */
  async findInvalidPart(parts: string[]): Promise<InvalidPart | null> {
    const [row]: InvalidPart[] = await this.dataSource.query(
      `SELECT n::int - 1 AS index, ST_IsValidReason(geom) AS reason
         FROM (SELECT n, ${PART} AS geom
                 FROM unnest($1::text[]) WITH ORDINALITY AS t(part, n)) p
        WHERE NOT ST_IsValid(geom)
        ORDER BY n
        LIMIT 1`,
      [parts],
    );

    return row ?? null;
  }

  /** Merges valid parts into one MultiPolygon and measures it. */
  async merge(parts: string[]): Promise<MergedArea> {
    const [row]: MergedArea[] = await this.dataSource.query(
      `SELECT ST_AsGeoJSON(geom) AS "geoJson", ST_IsValid(geom) AS valid,
              ST_IsValidReason(geom) AS reason,
              ST_Area(geom::geography) / 1e6 AS "areaKm2"
         FROM (SELECT ${MERGED} AS geom
                 FROM unnest($1::text[]) AS t(part)) merged`,
      [parts],
    );

    return row!;
  }

  /** Measures the stored area in km²; null when the organisation has none. */
  async areaKm2(manager: EntityManager, id: string): Promise<number | null> {
    const [row]: { areaKm2: number | null }[] = await manager.query(
      `SELECT ST_Area(area::geography) / 1e6 AS "areaKm2"
         FROM organisations WHERE id = $1`,
      [id],
    );

    return row?.areaKm2 ?? null;
  }

  async store(
    manager: EntityManager,
    id: string,
    geoJson: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE organisations
          SET area = ST_SetSRID(ST_GeomFromGeoJSON($2), 4326),
              updated_at = now()
        WHERE id = $1`,
      [id, geoJson],
    );
  }
}
