/**
 * The columns of an import file, in the order of the API's template.
 * NOTE: this repeats IMPORT_COLUMNS of `api/src/modules/imports/`, which
 * the web app cannot import; `import-columns.test.ts` fails when they differ.
 */
export const IMPORT_COLUMNS = [
  'title',
  'summary',
  'description',
  'kind',
  'mode',
  'venue',
  'address',
  'latitude',
  'longitude',
  'place',
  'session_start',
  'session_end',
  'time_zone',
  'cost',
  'currency',
  'min_age',
  'max_age',
  'sdgs',
  'skills',
  'capacity',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The API's route that downloads a CSV template with an example row. */
export const IMPORT_TEMPLATE_URL = '/api/opportunity-imports/template.csv';
