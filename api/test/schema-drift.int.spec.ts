import { readFile } from 'node:fs/promises';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { SCHEMA_FILE } from '../src/schema/print-schema.js';
import { openTestDataSource, startTestApp } from './support/test-app.js';

describe('schema drift', () => {
  it('finds no difference between entities and migrations', async () => {
    const dataSource = await openTestDataSource();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('serves the committed GraphQL schema', async () => {
    const api = await startTestApp();
    try {
      const schema = api.app.get(GraphQLSchemaHost).schema;
      const served = printSchema(lexicographicSortSchema(schema));
      const committed = await readFile(SCHEMA_FILE, 'utf8');
      expect(committed).toContain(served);
    } finally {
      await api.close();
    }
  });
});
