import { parse } from 'csv-parse/sync';

import { IMPORT_COLUMNS } from './import-columns.js';
import { buildImportTemplate, exampleRow } from './import-template.js';

const NOW = new Date('2026-12-04T19:20:00Z');

describe('buildImportTemplate', () => {
  it('starts with a byte order mark', () => {
    expect(buildImportTemplate(NOW).startsWith('\uFEFF')).toBe(true);
  });

  it('lists every column in order', () => {
    const [header] = parse(buildImportTemplate(NOW), { bom: true }) as [
      string[],
    ];

    expect(header).toEqual([...IMPORT_COLUMNS]);
  });

  it('has one complete example row', () => {
    const records = parse(buildImportTemplate(NOW), {
      bom: true,
    }) as string[][];

    expect(records).toHaveLength(2);
    expect(records[1]).toEqual(exampleRow(NOW));
    expect(records[1]!.filter((cell) => cell === '')).toEqual([]);
  });
});

describe('exampleRow', () => {
  const cellOf = (now: Date, column: (typeof IMPORT_COLUMNS)[number]) =>
    exampleRow(now)[IMPORT_COLUMNS.indexOf(column)];

  it('sets the session four weeks ahead', () => {
    expect(cellOf(NOW, 'session_start')).toBe('2027-01-02T10:00');
    expect(cellOf(NOW, 'session_end')).toBe('2027-01-02T12:30');
    expect(cellOf(NOW, 'time_zone')).toBe('Australia/Sydney');
  });

  it('uses the Sydney calendar date', () => {
    // 13:30 UTC on 1 January 2027 is 00:30 on 2 January in Sydney (UTC+11).
    const now = new Date('2026-12-04T13:30:00Z');

    expect(cellOf(now, 'session_start')).toBe('2027-01-02T10:00');
  });
});
