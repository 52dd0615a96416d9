import { readFileSync } from 'node:fs';

import { IMPORT_COLUMNS } from './import-columns';

/** Reads the column names of the API's IMPORT_COLUMNS from its source. */
function apiColumns(): string[] {
  const source = readFileSync(
    new URL(
      '../../../../api/src/modules/imports/import-columns.ts',
      import.meta.url,
    ),
    'utf8',
  );
  const list = /export const IMPORT_COLUMNS = \[([^\]]*)\]/.exec(source);
  if (list === null) throw new Error('IMPORT_COLUMNS not found in the API');

  return [...list[1]!.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]!);
}

describe('IMPORT_COLUMNS', () => {
  test('matches the API in order', () => {
    expect([...IMPORT_COLUMNS]).toEqual(apiColumns());
  });
});
