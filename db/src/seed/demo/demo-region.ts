import type {
  OpportunityKind,
  OrganisationKind,
} from '../opportunities/seed-rows.js';
import type { PlaceLocale } from '../time/place-locale.js';

/** A fictional organisation of the demo data set. */
export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  /** Home town; most of its opportunities are there. */
  town: string;
  /** Building where it runs things in its home town. */
  venue: string;
  description: string;
  /** Ids of the themes it works on. */
  themes: readonly string[];
  kinds: readonly OpportunityKind[];
  /** Towns of the region that a council's area is drawn around. */
  areaTowns?: readonly string[];
}

/** An open skill need that a demo employer posts. */
export interface DemoSkillNeed {
  /** Name of an employer among the region's organisations. */
  employer: string;
  title: string;
  description: string;
  /** WEF skill ids, one to four. */
  skills: readonly string[];
  /** Town where the work is; the point sits close to its centre. */
  town: string;
  radiusKm: number;
  openings: number;
  /** Days from the seed's `now` to the last day to apply. */
  closesInDays: number;
}

/** An area whose real towns the demo opportunities are placed in. */
export interface DemoRegion {
  name: string;
  countryCode: string;
  /** GeoNames admin1 code that distinguishes towns of the same name. */
  adminCode: string;
  locale: PlaceLocale & { currency: string };
  /** Appended to street addresses, such as a state abbreviation. */
  addressSuffix: string;
  /** Seed of the region's own random numbers. */
  seed: number;
  opportunityCount: number;
  towns: readonly string[];
  organisations: readonly DemoOrganisation[];
  skillNeeds: readonly DemoSkillNeed[];
}
