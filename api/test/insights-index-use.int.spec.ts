import { generateOpportunities } from '@learnscape/db';
import type { DataSource } from 'typeorm';

import {
  BY_SDG_SQL,
  TOTALS_SQL,
} from '../src/modules/insights/insights-activity-sql.js';
import { createOrganisation, squareArea } from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { openTestDataSource } from './support/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const KATOOMBA: [number, number] = [-33.7125, 150.3119];

let dataSource: DataSource;
let councilId: string;

function indexesIn(plan: PlanNode): string[] {
  return [
    ...(plan['Index Name'] ? [plan['Index Name']] : []),
    ...(plan.Plans ?? []).flatMap(indexesIn),
  ];
}

async function planOf(sql: string, values: unknown[]): Promise<PlanNode> {
  const [row]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] =
    await dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, values);

  return row!['QUERY PLAN'][0]!.Plan;
}

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await dataSource.query('DELETE FROM skill_needs');
  await clearListings(dataSource);
  // Enough rows, spread over the gazetteer, that a sequential scan costs
  // more than the index, as on a real deployment.
  await generateOpportunities((sql, params) => dataSource.query(sql, params), {
    count: 4_000,
    seed: 11,
    now: new Date(),
  });
  councilId = await createOrganisation(dataSource, 'council', {
    area: squareArea(KATOOMBA, 0.1),
  });
  await dataSource.query('ANALYZE');
}, 300_000);

afterAll(async () => {
  await clearListings(dataSource);
  await dataSource.destroy();
});

describe('insights index use', () => {
  const window = [new Date('2025-01-01'), new Date('2026-01-01')];

  it('finds area venues with the geometry index', async () => {
    const plan = await planOf(TOTALS_SQL, [councilId, ...window]);

    expect(indexesIn(plan)).toContain('IDX_opportunities_location_geometry');
  });

  it('finds area venues by SDG with the geometry index', async () => {
    const plan = await planOf(BY_SDG_SQL, [councilId, ...window]);

    expect(indexesIn(plan)).toContain('IDX_opportunities_location_geometry');
  });
});
