import { slugify } from '../content/slugify.js';
import { THEMES } from '../content/themes.js';
import { communityVenueName, streetAddress } from '../content/venues.js';
import { hullAround, multiPolygonGeoJson } from '../geo/hull.js';
import { jitterPoint, type LonLat } from '../geo/jitter.js';
import { buildOpportunity } from '../opportunities/build-opportunity.js';
import type {
  OpportunityRow,
  OrganisationRow,
  SkillNeedRow,
} from '../opportunities/seed-rows.js';
import { deterministicUuid } from '../random/deterministic-uuid.js';
import { Random } from '../random/random.js';
import { buildDemoSkillNeeds } from './build-demo-skill-needs.js';
import type { DemoOrganisation, DemoRegion } from './demo-region.js';
import type { DemoTown } from './find-demo-towns.js';

/** Venues sit up to this far from the centre of their town. */
export const DEMO_VENUE_RADIUS_METRES = 2_000;

/** Share of an organisation's opportunities held in its home town. */
const HOME_TOWN_SHARE = 0.7;

/** A council's area reaches this far beyond the towns it is drawn around. */
export const DEMO_AREA_MARGIN_METRES = 2_500;

type Venue = LonLat & { name: string; address: string };

/** The organisations, opportunities and skill needs of one demo region. */
export interface DemoRegionRows {
  organisations: OrganisationRow[];
  opportunities: OpportunityRow[];
  skillNeeds: SkillNeedRow[];
}

/**
 * Builds a region's rows from its own seed, so each region comes out the
 * same whether or not the other regions are seeded.
 */
export function buildDemoRegion(
  region: DemoRegion,
  towns: ReadonlyMap<string, DemoTown>,
  now: Date,
): DemoRegionRows {
  const builder = new DemoRegionBuilder(region, towns, now);
  const opportunities: OpportunityRow[] = [];
  for (let index = 0; index < region.opportunityCount; index += 1) {
    opportunities.push(builder.opportunity(index));
  }
  const { organisations } = builder;
  const skillNeeds = buildDemoSkillNeeds(region, towns, organisations, now);

  return { organisations, opportunities, skillNeeds };
}

class DemoRegionBuilder {
  readonly organisations: OrganisationRow[];
  private readonly random: Random;
  private readonly venues = new Map<string, Venue>();

  constructor(
    private readonly region: DemoRegion,
    private readonly towns: ReadonlyMap<string, DemoTown>,
    private readonly now: Date,
  ) {
    this.random = new Random(region.seed);
    this.organisations = region.organisations.map((organisation) => ({
      ...organisationRow(organisation),
      area: this.area(organisation),
    }));
  }

  opportunity(index: number): OpportunityRow {
    const { random, region } = this;
    // The first round gives every organisation at least one opportunity.
    const position =
      index < this.organisations.length
        ? index
        : random.int(0, this.organisations.length - 1);
    const organisation = region.organisations[position] as DemoOrganisation;
    const provider = this.organisations[position] as OrganisationRow;
    const atHome = random.chance(HOME_TOWN_SHARE);
    const town = this.town(
      atHome ? organisation.town : random.pick(region.towns),
    );
    const venue = atHome
      ? this.venue(`home/${provider.slug}`, town, organisation.venue)
      : this.venue(
          `town/${town.name}`,
          town,
          communityVenueName(town.name, random),
        );
    const spec = {
      id: deterministicUuid(`demo/${region.countryCode}/opportunity/${index}`),
      provider,
      kind: random.pick(organisation.kinds),
      theme: themeNamed(random.pick(organisation.themes)),
      town: { name: town.name, countryCode: region.countryCode },
      venue,
      locale: region.locale,
      now: this.now,
    };

    return buildOpportunity(spec, random);
  }

  /** Returns the venue stored under `key`, placing it on first use. */
  private venue(key: string, town: DemoTown, name: string): Venue {
    let venue = this.venues.get(key);
    if (venue === undefined) {
      const point = jitterPoint(town, DEMO_VENUE_RADIUS_METRES, this.random);
      const suffix = this.region.addressSuffix;
      const address = streetAddress(town.name, suffix, this.random);
      venue = { ...point, name, address };
      this.venues.set(key, venue);
    }

    return venue;
  }

  /** Draws a council's area around its towns; null for everyone else. */
  private area(organisation: DemoOrganisation): string | null {
    if (organisation.areaTowns === undefined) return null;
    if (organisation.kind !== 'council') {
      throw new Error(
        `Demo organisation "${organisation.name}" is a ${organisation.kind}; only councils have an area.`,
      );
    }
    const points = organisation.areaTowns.map((name) => this.town(name));

    return multiPolygonGeoJson(hullAround(points, DEMO_AREA_MARGIN_METRES));
  }

  private town(name: string): DemoTown {
    const town = this.towns.get(name);
    if (town === undefined) {
      throw new Error(`Demo town "${name}" is not in the region's town list.`);
    }

    return town;
  }
}

function organisationRow(organisation: DemoOrganisation): OrganisationRow {
  const slug = slugify(organisation.name);

  return {
    id: deterministicUuid(`demo/organisation/${slug}`),
    name: organisation.name,
    slug,
    kind: organisation.kind,
    description: `${organisation.description} A fictional organisation in the demo data.`,
    website: `https://example.org/${slug}`,
  };
}

const THEMES_BY_ID = new Map(THEMES.map((theme) => [theme.id, theme]));

function themeNamed(id: string) {
  const theme = THEMES_BY_ID.get(id);
  if (theme === undefined) {
    throw new Error(`Demo theme "${id}" is not defined in THEMES.`);
  }

  return theme;
}
