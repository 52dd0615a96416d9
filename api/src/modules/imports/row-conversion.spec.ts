import { IMPORT_COLUMNS } from './import-columns.js';
import type { RowCells } from './row-cells.js';
import { convertRow, type RowContext } from './row-conversion.js';

const CONTEXT: RowContext = {
  skillLookup: new Map([
    ['creativity', 'creativity'],
    ['collaboration', 'collaboration'],
  ]),
  skillNames: ['Creativity', 'Collaboration'],
  knownSkills: new Set(['creativity', 'collaboration']),
};

function row(cells: Partial<RowCells>) {
  const all = Object.fromEntries(
    IMPORT_COLUMNS.map((column) => [column, null]),
  ) as RowCells;
  const decoded = {
    cells: {
      ...all,
      title: 'Coding club',
      summary: 'Build a small web game with volunteers.',
      kind: 'workshop',
      mode: 'in_person',
      venue: 'Katoomba Library',
      latitude: '-33.7125',
      longitude: '150.3119',
      ...cells,
    },
    problems: [],
    unreadable: new Set<never>(),
    misaligned: false,
  };

  return convertRow(decoded, CONTEXT);
}

function columnsOf(cells: Partial<RowCells>): (string | null)[] {
  return row(cells).problems.map((problem) => problem.column);
}

describe('convertRow', () => {
  it('builds a draft from a full row', () => {
    const { draft, problems, place } = row({
      session_start: '2026-03-14T10:00',
      session_end: '2026-03-14T12:00',
      time_zone: 'Australia/Sydney',
      cost: '12.50',
      currency: 'aud',
      min_age: '16',
      max_age: '25',
      sdgs: '4;8',
      skills: 'Creativity',
      capacity: '12',
    });
    expect(problems).toEqual([]);
    expect(place).toBeNull();
    expect(draft.location).toEqual({ latitude: -33.7125, longitude: 150.3119 });
    expect(draft.costMinor).toBe(1250);
    expect(draft.currency).toBe('AUD');
    expect(draft.sdgs).toEqual([4, 8]);
    expect(draft.skills).toEqual(['creativity']);
    expect(draft.sessions).toEqual([
      {
        startsAt: new Date('2026-03-13T23:00:00Z'),
        endsAt: new Date('2026-03-14T01:00:00Z'),
        timeZone: 'Australia/Sydney',
      },
    ]);
  });

  it('maps listing rules to columns', () => {
    const { problems } = row({ min_age: '30', max_age: '18', venue: null });
    expect(problems).toEqual([
      {
        column: 'venue',
        value: null,
        message: 'The venue name is missing; say where people should go.',
      },
      {
        column: 'max_age',
        value: '18',
        message: 'The maximum age 18 is below the minimum age 30.',
      },
    ]);
  });

  it('names the column in length messages', () => {
    const { problems } = row({ title: 'A' });
    expect(problems[0]!.message).toBe(
      'title is 1 characters long; it must be 3 to 120.',
    );
    expect(row({ capacity: '0' }).problems[0]!.message).toMatch(
      /^capacity is 0;/,
    );
  });

  it('reports a venue missing for in person', () => {
    const { problems } = row({ latitude: null, longitude: null });
    expect(problems).toEqual([
      {
        column: 'latitude',
        value: null,
        message:
          'An in-person opportunity needs a venue location; give latitude and longitude, or a place.',
      },
    ]);
  });

  it('reports coordinates on an online row', () => {
    expect(columnsOf({ mode: 'online', venue: null })).toEqual(['latitude']);
  });

  it('reports one problem for one bad coordinate', () => {
    expect(columnsOf({ longitude: 'east' })).toEqual(['longitude']);
    expect(columnsOf({ longitude: null })).toEqual(['longitude']);
  });

  it('defers a named place', () => {
    const { problems, place, draft } = row({
      latitude: null,
      longitude: null,
      place: 'Katoomba, AU',
    });
    expect(problems).toEqual([]);
    expect(place).toMatchObject({ searchName: 'katoomba', countryCode: 'AU' });
    expect(draft.location).not.toBeNull();
  });

  it('reports a session without a zone once', () => {
    expect(
      columnsOf({
        session_start: '2026-03-14T10:00',
        session_end: '2026-03-14T12:00',
      }),
    ).toEqual(['time_zone']);
  });

  it('reports a half session', () => {
    expect(
      columnsOf({ session_start: '2026-03-14T10:00', time_zone: 'UTC' }),
    ).toEqual(['session_end']);
  });

  it('reports a missing kind once', () => {
    expect(columnsOf({ kind: null })).toEqual(['kind']);
    expect(columnsOf({ mode: 'by post' })).toEqual(['mode']);
  });

  it('reports a price without currency', () => {
    expect(columnsOf({ cost: '5' })).toEqual(['currency']);
    expect(columnsOf({ currency: 'AUD' })).toEqual(['cost']);
  });
});
