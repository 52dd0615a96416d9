import { RegistrationStatus } from './registration.entity.js';
import {
  calendarDate,
  csvRecordOf,
  exportFileName,
  neutraliseFormula,
  slugOf,
} from './registrations-csv.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+61 400 000 000', "'+61 400 000 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('prefixes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each([
    'Zoë Müller',
    'a=b@example.org',
    'registered',
    '',
    ' =1+1',
    '2026-12-04T10:00:00.000Z',
  ])('keeps %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('csvRecordOf', () => {
  it('neutralises every text cell', () => {
    const record = csvRecordOf({
      name: '=HYPERLINK("http://127.0.0.1/x")',
      email: '@learner@example.org',
      status: RegistrationStatus.WAITLISTED,
      waitlistPosition: 2,
      attendance: null,
      createdAt: new Date('2026-12-04T10:00:00.000Z'),
    });

    expect(record).toEqual([
      '\'=HYPERLINK("http://127.0.0.1/x")',
      "'@learner@example.org",
      'waitlisted',
      '2',
      '',
      '2026-12-04T10:00:00.000Z',
    ]);
  });
});

describe('exportFileName', () => {
  it('uses the title slug and session date', () => {
    const name = exportFileName({
      title: 'Café Coding Club!',
      opportunityId: '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11',
      // 01:00 on 4 December in Sydney is still 3 December in UTC.
      startsAt: new Date('2026-12-03T14:00:00.000Z'),
      timeZone: 'Australia/Sydney',
    });

    expect(name).toBe('registrations-cafe-coding-club-2026-12-04.csv');
  });

  it('falls back to the opportunity id', () => {
    const name = exportFileName({
      title: '日本語のワークショップ',
      opportunityId: '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11',
      startsAt: new Date('2026-12-04T00:00:00.000Z'),
      timeZone: 'UTC',
    });

    expect(name).toBe(
      'registrations-6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11-2026-12-04.csv',
    );
  });
});

describe('slugOf', () => {
  it('trims hyphens after cutting', () => {
    expect(slugOf(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});

describe('calendarDate', () => {
  it('reads the date in the time zone', () => {
    expect(
      calendarDate(new Date('2026-12-31T20:00:00.000Z'), 'Pacific/Auckland'),
    ).toBe('2027-01-01');
  });
});
