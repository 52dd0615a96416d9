import type { SkillNeedModel } from './dto/skill-need.model.js';
import type { SkillNeedStatus } from './skill-need.entity.js';
import { todayUtc } from './skill-need-input.js';

export { SqlParameters } from '../opportunities/search/search-sql.js';

/** The columns of a skill need `n`, with its place `pl` joined. */
export const NEED_COLUMNS = `n.id, n.employer_id, n.title, n.description,
  n.skill_ids, n.esco_skill_uris,
  ST_Y(n.location::geometry) AS latitude, ST_X(n.location::geometry) AS longitude,
  n.place_id, pl.name AS place_name, n.radius_m, n.openings,
  to_char(n.closes_on, 'YYYY-MM-DD') AS closes_on, n.apply_url, n.status,
  n.created_at, n.updated_at`;

export const NEED_FROM =
  'skill_needs n LEFT JOIN places pl ON pl.id = n.place_id';

export interface NeedRow {
  id: string;
  employer_id: string;
  title: string;
  description: string;
  skill_ids: string[];
  esco_skill_uris: string[];
  latitude: number;
  longitude: number;
  place_id: number | null;
  place_name: string | null;
  radius_m: number;
  openings: number;
  closes_on: string;
  apply_url: string;
  status: SkillNeedStatus;
  created_at: Date;
  updated_at: Date;
}

/**
 * Builds the condition that need `n` is open: not closed, and its closing
 * day (UTC) is today or later. `today` is a parameter placeholder.
 */
export function openNeedSql(today: string): string {
  return `(n.status = 'open' AND n.closes_on >= ${today}::date)`;
}

export function toSkillNeed(row: NeedRow, now = new Date()): SkillNeedModel {
  return {
    id: row.id,
    employerId: row.employer_id,
    title: row.title,
    description: row.description,
    skillIds: row.skill_ids,
    escoSkillUris: row.esco_skill_uris,
    location: { latitude: row.latitude, longitude: row.longitude },
    placeId: row.place_id,
    placeName: row.place_name,
    radiusMetres: row.radius_m,
    openings: row.openings,
    closesOn: row.closes_on,
    applyUrl: row.apply_url,
    status: row.status,
    isOpen: row.status === 'open' && row.closes_on >= todayUtc(now),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Builds a point from parameters; PostGIS takes longitude first. */
export function pointSql(longitude: string, latitude: string): string {
  return `ST_SetSRID(ST_MakePoint(${longitude}, ${latitude}), 4326)::geography`;
}
