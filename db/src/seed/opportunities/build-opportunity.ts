import { composeText } from '../content/compose-text.js';
import { KIND_PROFILES, type KindProfile } from '../content/kind-profiles.js';
import type { Theme } from '../content/theme.js';
import type { LonLat } from '../geo/jitter.js';
import { deterministicUuid } from '../random/deterministic-uuid.js';
import type { Random } from '../random/random.js';
import { planSessions } from '../schedule/session-plan.js';
import type { PlaceLocale } from '../time/place-locale.js';
import type {
  OpportunityKind,
  OpportunityMode,
  OpportunityRow,
  OpportunityStatus,
} from './seed-rows.js';

/** What the caller decides about an opportunity; the rest is drawn here. */
export interface OpportunitySpec {
  id: string;
  provider: { id: string; name: string };
  kind: OpportunityKind;
  theme: Theme;
  town: { name: string; countryCode: string };
  /** Venue, used unless the mode is online. */
  venue: LonLat & { name: string; address: string };
  locale: PlaceLocale;
  now: Date;
}

const STATUSES: readonly (readonly [OpportunityStatus, number])[] = [
  ['published', 0.95],
  ['draft', 0.03],
  ['pending', 0.02],
];

const AGE_RANGES: readonly (readonly [[number, number | null], number])[] = [
  [[16, 24], 0.4],
  [[16, null], 0.25],
  [[16, 25], 0.15],
  [[18, 25], 0.1],
  [[16, 19], 0.05],
  [[17, 24], 0.05],
];

/** Draws the mode, times, price, ages, tags and wording of an opportunity. */
export function buildOpportunity(
  spec: OpportunitySpec,
  random: Random,
): OpportunityRow {
  const profile = KIND_PROFILES[spec.kind];
  const mode = pickMode(profile, random);
  const venue = venueColumns(spec.venue, mode);
  const { timeZone } = spec.locale;
  const sessions = planSessions(spec.kind, spec.now, timeZone, random);
  const terms = {
    ...pickCost(profile, spec.locale.currency, random),
    ...pickAges(random),
    capacity: pickCapacity(profile, random),
  };
  const text = composeText(
    {
      kind: spec.kind,
      mode,
      theme: spec.theme,
      town: spec.town.name,
      countryCode: spec.town.countryCode,
      providerName: spec.provider.name,
      venueName: venue.venueName,
      venueAddress: venue.venueAddress,
      sessions,
      ...terms,
    },
    random,
  );

  return {
    id: spec.id,
    providerId: spec.provider.id,
    ...text,
    kind: spec.kind,
    mode,
    status: random.weighted(STATUSES),
    ...venue,
    ...terms,
    ...pickTags(spec.theme, random),
    sessions: sessions.map((session, index) => ({
      id: deterministicUuid(`${spec.id}/session/${index}`),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone,
    })),
  };
}

function venueColumns(
  venue: OpportunitySpec['venue'],
  mode: OpportunityMode,
): Pick<OpportunityRow, 'lon' | 'lat' | 'venueName' | 'venueAddress'> {
  if (mode === 'online') {
    return { lon: null, lat: null, venueName: null, venueAddress: null };
  }

  return {
    lon: venue.lon,
    lat: venue.lat,
    venueName: venue.name,
    venueAddress: venue.address,
  };
}

function pickMode(profile: KindProfile, random: Random): OpportunityMode {
  const draw = random.next();
  if (draw < profile.onlineShare) return 'online';
  if (draw < profile.onlineShare + profile.hybridShare) return 'hybrid';

  return 'in_person';
}

function pickCost(
  profile: KindProfile,
  currency: string | null,
  random: Random,
): { costMinor: number | null; currency: string | null } {
  const free =
    currency === null ||
    profile.prices.length === 0 ||
    random.chance(profile.freeShare);
  if (free) return { costMinor: null, currency: null };

  // Every currency priced here has 100 minor units to the major unit.
  return { costMinor: random.pick(profile.prices) * 100, currency };
}

function pickAges(random: Random) {
  const [minAge, maxAge] = random.weighted(AGE_RANGES);

  return { minAge, maxAge };
}

function pickCapacity(profile: KindProfile, random: Random): number | null {
  if (random.chance(0.25)) return null;
  const [min, max] = profile.capacity;
  const capacity = random.int(min, max);

  // Large events book in round numbers.
  return capacity >= 40 ? Math.round(capacity / 10) * 10 : capacity;
}

/** Tags 1-3 SDGs and 1-4 skills, always including the theme's first ones. */
function pickTags(
  theme: Theme,
  random: Random,
): { sdgNumbers: number[]; skillIds: string[] } {
  const [firstSdg, ...otherSdgs] = theme.sdgs;
  const [firstSkill, ...otherSkills] = theme.skills;
  if (firstSdg === undefined || firstSkill === undefined) {
    throw new Error(`Theme "${theme.id}" needs at least one SDG and skill.`);
  }
  const sdgNumbers = [firstSdg, ...random.sample(otherSdgs, random.int(0, 2))];
  const skillIds = [
    firstSkill,
    ...random.sample(otherSkills, random.int(0, 3)),
  ];

  return { sdgNumbers, skillIds };
}
