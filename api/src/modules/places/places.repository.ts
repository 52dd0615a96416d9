import { Injectable } from '@nestjs/common';
import type { Point } from 'geojson';
import { DataSource } from 'typeorm';

import { geoPointFromGeoJson } from '../../common/geo/geo-point.model.js';
import type { PlaceModel } from './dto/place.model.js';

interface PlaceRow {
  id: number;
  name: string;
  country_code: string;
  admin_code: string | null;
  population: number;
  location: string;
}

const PLACE_COLUMNS = `id, name, country_code, admin_code, population,
  ST_AsGeoJSON(location) AS location`;

/** SQL for the gazetteer. */
@Injectable()
export class PlacesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Finds places whose normalised name starts with `prefix`, largest first. */
  async searchByPrefix(prefix: string, limit: number): Promise<PlaceModel[]> {
    const rows: PlaceRow[] = await this.dataSource.query(
      `SELECT ${PLACE_COLUMNS} FROM places
        WHERE search_name LIKE $1
        ORDER BY population DESC, name, id
        LIMIT $2`,
      [`${escapeLike(prefix)}%`, limit],
    );

    return rows.map(toPlace);
  }

  async findByIds(ids: readonly number[]): Promise<Map<number, PlaceModel>> {
    const rows: PlaceRow[] = await this.dataSource.query(
      `SELECT ${PLACE_COLUMNS} FROM places WHERE id = ANY($1::int[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, toPlace(row)]));
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function toPlace(row: PlaceRow): PlaceModel {
  return {
    id: String(row.id),
    name: row.name,
    countryCode: row.country_code,
    adminCode: row.admin_code,
    population: row.population,
    location: geoPointFromGeoJson(JSON.parse(row.location) as Point),
  };
}
