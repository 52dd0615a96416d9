import { slugify } from '../content/slugify.js';
import { communityVenueName, streetAddress } from '../content/venues.js';
import { jitterPoint, type LonLat } from '../geo/jitter.js';
import type { OrganisationRow } from '../opportunities/seed-rows.js';
import { deterministicUuid } from '../random/deterministic-uuid.js';
import type { Random } from '../random/random.js';
import type { GazetteerPlace } from './place-sampler.js';

/** A new provider is created for every this many opportunities in a place. */
export const OPPORTUNITIES_PER_PROVIDER = 40;

const PROVIDER_NOUNS = [
  'Youth Hub',
  'Learning Co-op',
  'Makers Club',
  'Skills Centre',
  'Youth Collective',
  'Volunteer Network',
  'Arts Centre',
  'Sports and Wellbeing Club',
  'Community Library',
  'Enterprise Centre',
];

/** A synthetic provider with the venue it usually uses. */
export interface SyntheticProvider {
  row: OrganisationRow;
  venue: LonLat & { name: string; address: string };
}

/**
 * Venues spread wider in bigger towns: 1 km for a town of 10,000, growing
 * with the square root of the population up to 10 km.
 */
export function venueRadiusMetres(population: number): number {
  const radius = 1_000 * Math.sqrt(Math.max(population, 0) / 10_000);

  return Math.min(10_000, Math.max(1_000, radius));
}

/** Hands out providers per place and collects the ones not yet inserted. */
export class SyntheticProviders {
  private readonly opportunitiesByPlace = new Map<number, number>();
  private readonly providers = new Map<string, SyntheticProvider>();
  private pending: OrganisationRow[] = [];

  constructor(private readonly seed: number) {}

  get count(): number {
    return this.providers.size;
  }

  providerFor(place: GazetteerPlace, random: Random): SyntheticProvider {
    const used = this.opportunitiesByPlace.get(place.id) ?? 0;
    this.opportunitiesByPlace.set(place.id, used + 1);
    const key = `${place.id}/${Math.floor(used / OPPORTUNITIES_PER_PROVIDER)}`;
    let provider = this.providers.get(key);
    if (provider === undefined) {
      provider = this.create(place, key, random);
      this.providers.set(key, provider);
      this.pending.push(provider.row);
    }

    return provider;
  }

  /** Returns the providers created since the last call. */
  takeNew(): OrganisationRow[] {
    const created = this.pending;
    this.pending = [];

    return created;
  }

  private create(
    place: GazetteerPlace,
    key: string,
    random: Random,
  ): SyntheticProvider {
    const name = `${place.name} ${random.pick(PROVIDER_NOUNS)}`;
    const slug = `${slugify(name)}-${this.seed}-${key.replace('/', '-')}`;
    const radius = venueRadiusMetres(place.population);
    const row: OrganisationRow = {
      id: deterministicUuid(`generator/${this.seed}/provider/${key}`),
      name,
      slug,
      kind: 'provider',
      description: `A synthetic provider in ${place.name}, generated with seed ${this.seed} for testing at scale.`,
      website: null,
    };
    const venue = {
      ...jitterPoint(place, radius, random),
      name: random.chance(0.5) ? name : communityVenueName(place.name, random),
      address: streetAddress(place.name, '', random),
    };

    return { row, venue };
  }
}
