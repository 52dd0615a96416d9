import type {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
} from '../../opportunities/opportunity.entity.js';

/** One dated occurrence, as the open data formats describe it. */
export interface SessionRecord {
  id: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone of the venue. */
  timeZone: string;
}

/**
 * A published opportunity with everything the feed, the public page, the
 * calendar file and the exports show: its provider, venue, tags and
 * sessions in start order.
 */
export interface OpportunityRecord {
  id: string;
  title: string;
  summary: string;
  /** Markdown source. */
  description: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  /** WGS 84 degrees; null for online opportunities. */
  location: { latitude: number; longitude: number } | null;
  venueName: string | null;
  venueAddress: string | null;
  /** The gazetteer town or suburb nearest the venue. */
  placeName: string | null;
  /** Minor units; null means free. */
  costMinor: number | null;
  currency: string | null;
  minAge: number | null;
  maxAge: number | null;
  accessibilitySupport: AccessibilitySupport[];
  accessibilityInformation: string | null;
  provider: { id: string; name: string; website: string | null };
  sdgs: number[];
  skills: string[];
  sessions: SessionRecord[];
  updatedAt: Date;
}
