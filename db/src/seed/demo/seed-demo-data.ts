import { insertSeedRows } from '../opportunities/insert-seed-rows.js';
import type {
  OpportunityRow,
  OrganisationRow,
  SkillNeedRow,
} from '../opportunities/seed-rows.js';
import type { SqlExecutor } from '../sql-executor.js';
import { buildDemoRegion } from './build-demo-region.js';
import type { DemoRegion } from './demo-region.js';
import { BLUE_MOUNTAINS, GREATER_MANCHESTER } from './demo-regions.js';
import { findDemoTowns } from './find-demo-towns.js';

export const DEMO_REGIONS: readonly DemoRegion[] = [
  BLUE_MOUNTAINS,
  GREATER_MANCHESTER,
];

/** Counts of rows that {@link seedDemoData} inserted, all zero if it skipped. */
export interface DemoSeedResult {
  /** Organisations of kind `provider`; councils and employers come on top. */
  providers: number;
  opportunities: number;
  skillNeeds: number;
}

/**
 * Inserts fictional organisations and their opportunities in real towns of
 * the Blue Mountains and Western Sydney and of Greater Manchester, with
 * sessions in the four months after `now`, and open skill needs of the
 * employers among them that close one to six months after `now`. Councils
 * and employers are verified, and each council has an area around its
 * towns. The same `now` gives the same rows. Does nothing when any
 * opportunity exists. A region whose country the gazetteer lacks is left
 * out; with neither country it throws, so run {@link seedGazetteer} first.
 * Everything is inserted in one statement.
 */
export async function seedDemoData(
  execute: SqlExecutor,
  options: { now: Date },
): Promise<DemoSeedResult> {
  const now = options?.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new Error(`seedDemoData needs a valid Date as now, not ${now}.`);
  }
  const [existing] = await execute(
    'SELECT EXISTS (SELECT 1 FROM opportunities) AS found',
  );
  if (existing?.found === true) {
    return { providers: 0, opportunities: 0, skillNeeds: 0 };
  }
  const organisations: OrganisationRow[] = [];
  const opportunities: OpportunityRow[] = [];
  const skillNeeds: SkillNeedRow[] = [];
  for (const region of DEMO_REGIONS) {
    const towns = await findDemoTowns(execute, region);
    if (towns === null) continue;
    const rows = buildDemoRegion(region, towns, now);
    organisations.push(...rows.organisations);
    opportunities.push(...rows.opportunities);
    skillNeeds.push(...rows.skillNeeds);
  }
  if (opportunities.length === 0) {
    const countries = DEMO_REGIONS.map((region) => region.countryCode);
    throw new Error(
      `The gazetteer has no places in ${countries.join(' or ')}; run seedGazetteer(execute, ['${countries.join("', '")}']) before seedDemoData.`,
    );
  }
  const inserted = await insertSeedRows(
    execute,
    organisations,
    opportunities,
    skillNeeds,
  );
  const providers = organisations.filter((row) => row.kind === 'provider');

  return {
    providers: providers.length,
    opportunities: inserted.opportunities,
    skillNeeds: inserted.skillNeeds,
  };
}
