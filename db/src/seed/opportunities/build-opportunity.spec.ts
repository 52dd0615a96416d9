import { THEMES } from '../content/themes.js';
import { Random } from '../random/random.js';
import { buildOpportunity, type OpportunitySpec } from './build-opportunity.js';
import { OPPORTUNITY_KINDS, type OpportunityRow } from './seed-rows.js';

const NOW = new Date('2026-02-01T00:00:00Z');

function buildMany(count: number): OpportunityRow[] {
  const random = new Random(53);

  return Array.from({ length: count }, (_, index) => {
    const spec: OpportunitySpec = {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      provider: { id: 'provider-id', name: 'Leura Bushcare Collective' },
      kind: OPPORTUNITY_KINDS[index % OPPORTUNITY_KINDS.length] as never,
      theme: THEMES[index % THEMES.length] as never,
      town: { name: 'Leura', countryCode: 'AU' },
      venue: {
        lon: 150.33,
        lat: -33.72,
        name: 'Leura Bushcare depot',
        address: '3 Mill Lane, Leura NSW',
      },
      locale: { timeZone: 'Australia/Sydney', currency: 'AUD' },
      now: NOW,
    };

    return buildOpportunity(spec, random);
  });
}

const ROWS = buildMany(1_000);

describe('buildOpportunity', () => {
  it('leaves online opportunities without a venue', () => {
    const online = ROWS.filter((row) => row.mode === 'online');

    expect(online.length).toBeGreaterThan(50);
    for (const row of online) {
      expect([row.lon, row.lat, row.venueName, row.venueAddress]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('gives located opportunities the venue', () => {
    for (const row of ROWS.filter((row) => row.mode !== 'online')) {
      expect(row.lon).toBe(150.33);
      expect(row.lat).toBe(-33.72);
      expect(row.venueName).toBe('Leura Bushcare depot');
    }
  });

  it('makes about a tenth online and some hybrid', () => {
    const share = (mode: string) =>
      ROWS.filter((row) => row.mode === mode).length / ROWS.length;

    expect(share('online')).toBeGreaterThan(0.06);
    expect(share('online')).toBeLessThan(0.14);
    expect(share('hybrid')).toBeGreaterThan(0.03);
  });

  it('prices in minor units or leaves it free', () => {
    const priced = ROWS.filter((row) => row.costMinor !== null);

    expect(priced.length).toBeGreaterThan(0);
    expect(priced.length).toBeLessThan(ROWS.length / 2);
    for (const row of ROWS) {
      if (row.costMinor === null) expect(row.currency).toBeNull();
      else expect(row.currency).toBe('AUD');
    }
    for (const row of priced) expect(row.costMinor).toBeGreaterThan(0);
  });

  it('keeps ages at 16 or over', () => {
    for (const row of ROWS) {
      expect(row.minAge).toBeGreaterThanOrEqual(16);
      if (row.maxAge !== null) {
        expect(row.maxAge).toBeGreaterThanOrEqual(row.minAge as number);
      }
    }
    expect(ROWS.some((row) => row.maxAge === null)).toBe(true);
  });

  it('tags 1-3 SDGs and 1-4 skills from the theme', () => {
    ROWS.forEach((row, index) => {
      const theme = THEMES[index % THEMES.length] as (typeof THEMES)[number];

      expect(row.sdgNumbers.length).toBeGreaterThanOrEqual(1);
      expect(row.sdgNumbers.length).toBeLessThanOrEqual(3);
      expect(row.skillIds.length).toBeGreaterThanOrEqual(1);
      expect(row.skillIds.length).toBeLessThanOrEqual(4);
      expect(row.sdgNumbers[0]).toBe(theme.sdgs[0]);
      expect(row.skillIds[0]).toBe(theme.skills[0]);
      expect(new Set(row.sdgNumbers).size).toBe(row.sdgNumbers.length);
      expect(new Set(row.skillIds).size).toBe(row.skillIds.length);
    });
  });

  it('mostly publishes, with a few drafts and pending', () => {
    const statuses = new Set(ROWS.map((row) => row.status));
    const published = ROWS.filter((row) => row.status === 'published').length;

    expect(statuses).toEqual(new Set(['published', 'draft', 'pending']));
    expect(published / ROWS.length).toBeGreaterThan(0.9);
  });

  it('sometimes leaves capacity open', () => {
    const capacities = ROWS.map((row) => row.capacity);

    expect(capacities).toContain(null);
    for (const capacity of capacities) {
      if (capacity !== null) expect(capacity).toBeGreaterThan(0);
    }
  });

  it('gives every session a distinct id and the zone', () => {
    const ids = ROWS.flatMap((row) =>
      row.sessions.map((session) => session.id),
    );

    expect(new Set(ids).size).toBe(ids.length);
    for (const row of ROWS) {
      for (const session of row.sessions) {
        expect(session.timeZone).toBe('Australia/Sydney');
      }
    }
  });

  it('repeats the rows for the same seed', () => {
    expect(buildMany(50)).toEqual(ROWS.slice(0, 50));
  });
});
