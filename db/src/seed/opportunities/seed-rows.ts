/** Values of the enums that the initial migration creates. */
export const OPPORTUNITY_KINDS = [
  'workshop',
  'mentoring',
  'work_experience',
  'event',
  'course',
  'volunteering',
  'youth_cafe',
] as const;

export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export type OpportunityMode = 'in_person' | 'online' | 'hybrid';
export type OpportunityStatus = 'draft' | 'pending' | 'published' | 'archived';
export type OrganisationKind = 'provider' | 'council' | 'employer';

/** A row of `organisations`. */
export interface OrganisationRow {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  /** A council's area as GeoJSON MultiPolygon text (WGS 84); councils only. */
  area?: string | null;
}

/** A row of `opportunity_sessions`, without the opportunity it belongs to. */
export interface SessionRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/**
 * A row of `opportunities` with its sessions and tags. `lon` and `lat` are
 * null exactly when the mode is online; `place_id` is filled in by the
 * database from the nearest place.
 */
export interface OpportunityRow {
  id: string;
  providerId: string;
  title: string;
  summary: string;
  description: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  status: OpportunityStatus;
  lon: number | null;
  lat: number | null;
  venueName: string | null;
  venueAddress: string | null;
  /** Price in the currency's minor unit; null means free. */
  costMinor: number | null;
  currency: string | null;
  minAge: number | null;
  maxAge: number | null;
  capacity: number | null;
  sdgNumbers: number[];
  skillIds: string[];
  sessions: SessionRow[];
}

/**
 * A row of `skill_needs`, always open. `place_id` is filled in by the
 * database from the place nearest the point.
 */
export interface SkillNeedRow {
  id: string;
  employerId: string;
  title: string;
  description: string;
  /** WEF skill ids in framework order. */
  skillIds: string[];
  lon: number;
  lat: number;
  radiusMetres: number;
  openings: number;
  /** Last day to apply, `YYYY-MM-DD`. */
  closesOn: string;
  applyUrl: string;
}
