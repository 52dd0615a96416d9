import { SKILLS } from '../../reference/skills.js';
import { slugify } from '../content/slugify.js';
import { jitterPoint } from '../geo/jitter.js';
import type {
  OrganisationRow,
  SkillNeedRow,
} from '../opportunities/seed-rows.js';
import { deterministicUuid } from '../random/deterministic-uuid.js';
import { Random } from '../random/random.js';
import type { DemoRegion, DemoSkillNeed } from './demo-region.js';
import type { DemoTown } from './find-demo-towns.js';

/** A need's point sits up to this far from the centre of its town. */
export const DEMO_NEED_OFFSET_METRES = 500;

/** Skill ids in framework order, the order stored needs keep them in. */
const SKILL_POSITIONS = new Map(
  SKILLS.map((skill, index) => [skill.id, index]),
);

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Builds the open skill needs of a region's employers. They draw from their
 * own random numbers, so adding or changing a need leaves the region's
 * opportunities as they were.
 */
export function buildDemoSkillNeeds(
  region: DemoRegion,
  towns: ReadonlyMap<string, DemoTown>,
  organisations: readonly OrganisationRow[],
  now: Date,
): SkillNeedRow[] {
  const random = new Random(region.seed + 1);
  const employers = new Map(
    organisations
      .filter((organisation) => organisation.kind === 'employer')
      .map((organisation) => [organisation.name, organisation]),
  );

  return region.skillNeeds.map((need, index) => {
    const employer = employers.get(need.employer);
    if (employer === undefined) {
      throw new Error(
        `Demo skill need "${need.title}" names "${need.employer}", which is not an employer of ${region.name}.`,
      );
    }
    const town = towns.get(need.town);
    if (town === undefined) {
      throw new Error(
        `Demo skill need "${need.title}" is in "${need.town}", which is not in the region's town list.`,
      );
    }
    const point = jitterPoint(town, DEMO_NEED_OFFSET_METRES, random);

    return {
      id: deterministicUuid(`demo/${region.countryCode}/skill-need/${index}`),
      employerId: employer.id,
      title: need.title,
      description: `${need.description} A fictional role in the demo data.`,
      skillIds: orderedSkills(need),
      lon: point.lon,
      lat: point.lat,
      radiusMetres: need.radiusKm * 1000,
      openings: need.openings,
      closesOn: isoDateAfter(now, need.closesInDays),
      applyUrl: `https://example.org/${employer.slug}/jobs/${slugify(need.title)}`,
    };
  });
}

function orderedSkills(need: DemoSkillNeed): string[] {
  for (const skill of need.skills) {
    if (!SKILL_POSITIONS.has(skill)) {
      throw new Error(
        `Demo skill need "${need.title}" asks for "${skill}", which is not a WEF skill id.`,
      );
    }
  }

  return [...need.skills].sort(
    (a, b) => (SKILL_POSITIONS.get(a) ?? 0) - (SKILL_POSITIONS.get(b) ?? 0),
  );
}

/** Returns the UTC calendar day `days` after `now`, as `YYYY-MM-DD`. */
function isoDateAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * MILLISECONDS_PER_DAY)
    .toISOString()
    .slice(0, 10);
}
