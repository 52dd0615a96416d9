import type { Point } from 'geojson';

import { geoPointFromGeoJson } from '../../common/geo/geo-point.model.js';
import type {
  AccessibilitySupport,
  OpportunityStatus,
} from '../opportunities/opportunity.entity.js';
import type { ListingChange, SessionChange } from './listing-input.js';

/** A row of `opportunities` with its tags, as `lockAndRead` selects it. */
export interface StoredRow {
  provider_id: string;
  status: OpportunityStatus;
  title: string;
  summary: string;
  description: string;
  kind: ListingChange['kind'];
  mode: ListingChange['mode'];
  location: string | null;
  venue_name: string | null;
  venue_address: string | null;
  cost_minor: number | null;
  currency: string | null;
  min_age: number | null;
  max_age: number | null;
  capacity: number | null;
  accessibility_support: AccessibilitySupport[];
  accessibility_information: string | null;
  achievement_id: string | null;
  sdgs: number[];
  skills: string[];
}

/** Lists the listing's values as parameters $2 to $19 of the insert and the update. */
export function listingValues(listing: ListingChange, placeId: number | null) {
  return [
    listing.title,
    listing.summary,
    listing.description,
    listing.kind,
    listing.mode,
    listing.location?.latitude ?? null,
    listing.location?.longitude ?? null,
    listing.venueName,
    listing.venueAddress,
    placeId,
    listing.costMinor,
    listing.currency,
    listing.minAge,
    listing.maxAge,
    listing.capacity,
    listing.achievementId,
    listing.accessibilitySupport,
    listing.accessibilityInformation,
  ];
}

export function toListingChange(
  row: StoredRow,
  sessions: SessionChange[],
): ListingChange {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    mode: row.mode,
    location:
      row.location === null
        ? null
        : geoPointFromGeoJson(JSON.parse(row.location) as Point),
    venueName: row.venue_name,
    venueAddress: row.venue_address,
    costMinor: row.cost_minor,
    currency: row.currency,
    minAge: row.min_age,
    maxAge: row.max_age,
    capacity: row.capacity,
    accessibilitySupport: row.accessibility_support,
    accessibilityInformation: row.accessibility_information,
    achievementId: row.achievement_id,
    sdgs: row.sdgs,
    skills: row.skills,
    sessions,
  };
}
