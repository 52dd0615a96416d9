import { generateOpportunities } from '@learnscape/db';
import type { DataSource } from 'typeorm';

import type { SearchArgs } from '../src/modules/opportunities/dto/search.args.js';
import { buildSearchQuery } from '../src/modules/opportunities/opportunities.repository.js';
import { buildSearchCriteria } from '../src/modules/opportunities/search/search-criteria.js';
import { clearListings } from './support/factories.js';
import { openTestDataSource } from './support/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };

let dataSource: DataSource;

function indexesIn(plan: PlanNode): string[] {
  return [
    ...(plan['Index Name'] ? [plan['Index Name']] : []),
    ...(plan.Plans ?? []).flatMap(indexesIn),
  ];
}

async function planFor(args: SearchArgs): Promise<PlanNode> {
  const criteria = await buildSearchCriteria(args, () => {
    throw new Error('no place lookups in this test');
  });
  const { sql, values } = buildSearchQuery(criteria, 21, null);
  const [row]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] =
    await dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, values);

  return row!['QUERY PLAN'][0]!.Plan;
}

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await clearListings(dataSource);
  // Enough rows, spread over the gazetteer, that a sequential scan costs
  // more than the index, as on a real deployment.
  await generateOpportunities((sql, params) => dataSource.query(sql, params), {
    count: 20_000,
    seed: 7,
    now: new Date(),
  });
  await dataSource.query('ANALYZE');
}, 300_000);

afterAll(async () => {
  await clearListings(dataSource);
  await dataSource.destroy();
});

describe('search index use', () => {
  it('uses the GiST index for a near search', async () => {
    const plan = await planFor({ near: KATOOMBA, radiusKm: 10 });
    expect(indexesIn(plan)).toContain('IDX_opportunities_location');
  });

  it('uses the GiST index for a near search with two filters', async () => {
    const plan = await planFor({
      near: KATOOMBA,
      radiusKm: 10,
      filter: { sdgs: [4, 13], skills: ['collaboration', 'creativity'] },
    });
    expect(indexesIn(plan)).toContain('IDX_opportunities_location');
  });

  it('uses the geometry index for a viewport search', async () => {
    const plan = await planFor({
      bbox: { west: 150.2, south: -33.8, east: 150.45, north: -33.55 },
    });
    expect(indexesIn(plan)).toContain('IDX_opportunities_location_geometry');
  });

  it('uses both halves of an antimeridian viewport', async () => {
    const plan = await planFor({
      bbox: { west: 177, south: -20, east: -179, north: -15 },
    });
    expect(indexesIn(plan)).toContain('IDX_opportunities_location_geometry');
  });
});
