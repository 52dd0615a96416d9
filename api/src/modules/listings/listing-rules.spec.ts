import {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
} from '../opportunities/opportunity.entity.js';
import {
  checkListing,
  isTimeZone,
  LISTING_LIMITS,
  type ListingDraft,
} from './listing-rules.js';

const SKILLS = new Set(['creativity', 'numeracy']);
const STARTS = new Date('2030-03-01T09:00:00Z');
const HOUR = 3_600_000;

function validDraft(overrides: Partial<ListingDraft> = {}): ListingDraft {
  return {
    title: 'Coding club',
    summary: 'Build a small game in a weekend.',
    description: '## Bring a laptop',
    kind: OpportunityKind.WORKSHOP,
    mode: OpportunityMode.IN_PERSON,
    location: { latitude: -33.7125, longitude: 150.3119 },
    venueName: 'Katoomba Library',
    venueAddress: '30 Parke St, Katoomba NSW',
    costMinor: null,
    currency: null,
    minAge: 16,
    maxAge: 24,
    capacity: 20,
    accessibilitySupport: [],
    accessibilityInformation: null,
    sdgs: [4, 9],
    skills: ['creativity'],
    sessions: [
      {
        startsAt: STARTS,
        endsAt: new Date(STARTS.getTime() + 2 * HOUR),
        timeZone: 'Australia/Sydney',
      },
    ],
    ...overrides,
  };
}

function fieldsOf(draft: ListingDraft): string[] {
  return checkListing(draft, SKILLS).map((problem) => problem.field);
}

describe('checkListing', () => {
  it('accepts a valid in-person draft', () => {
    expect(checkListing(validDraft(), SKILLS)).toEqual([]);
  });

  it('accepts an online draft without a venue', () => {
    const draft = validDraft({
      mode: OpportunityMode.ONLINE,
      location: null,
      venueName: null,
      venueAddress: null,
    });
    expect(checkListing(draft, SKILLS)).toEqual([]);
  });

  it('accepts a draft without sessions, tags or limits', () => {
    const draft = validDraft({
      sessions: [],
      sdgs: [],
      skills: [],
      minAge: null,
      maxAge: null,
      capacity: null,
    });
    expect(checkListing(draft, SKILLS)).toEqual([]);
  });

  it('reports every problem together', () => {
    const fields = fieldsOf(
      validDraft({ title: 'ab', sdgs: [18], skills: ['juggling'] }),
    );
    expect(fields).toEqual(['title', 'sdgs', 'skills']);
  });
});

describe('checkListing texts', () => {
  it.each([
    ['title too short', { title: 'ab' }, 'title'],
    ['title of spaces', { title: '     ' }, 'title'],
    ['title too long', { title: 'x'.repeat(121) }, 'title'],
    ['summary too short', { summary: 'Short' }, 'summary'],
    ['summary too long', { summary: 'x'.repeat(301) }, 'summary'],
    [
      'description too long',
      { description: 'x'.repeat(20_001) },
      'description',
    ],
    ['venue name too long', { venueName: 'x'.repeat(201) }, 'venueName'],
    [
      'venue address too long',
      { venueAddress: 'x'.repeat(301) },
      'venueAddress',
    ],
    ['NUL in title', { title: 'Coding\u0000club' }, 'title'],
    ['title of only U+202E', { title: '\u202E\u202E\u202E' }, 'title'],
    ['title of only U+200B', { title: '\u200B\u200B\u200B' }, 'title'],
    ['title of control characters', { title: '\u0007\u0008\u001B' }, 'title'],
    ['title of punctuation', { title: '-- ... --' }, 'title'],
    ['title of emoji', { title: '🌏🌏🌏' }, 'title'],
    ['title with U+202E', { title: 'Coding \u202Ebulc' }, 'title'],
    ['title with U+202A', { title: '\u202ACoding club' }, 'title'],
    ['title with U+2066', { title: 'Coding \u2066club\u2069' }, 'title'],
    ['title with U+2069', { title: 'Coding club\u2069' }, 'title'],
    ['summary of only U+2060', { summary: '\u2060'.repeat(12) }, 'summary'],
    ['summary of punctuation', { summary: '*'.repeat(12) }, 'summary'],
  ] as const)('rejects %s', (_name, overrides, field) => {
    expect(fieldsOf(validDraft(overrides))).toEqual([field]);
  });

  it.each([
    ['a digit only', { title: '2030' }],
    ['Arabic letters', { title: 'نادي البرمجة' }],
    ['Devanagari letters', { title: 'कोडिंग क्लब' }],
    ['a letter among emoji', { title: '🌏 A 🌏' }],
    [
      'a summary with bidi isolates',
      { summary: 'Meet \u2068نادي\u2069 here.' },
    ],
  ] as const)('accepts %s', (_name, overrides) => {
    expect(fieldsOf(validDraft(overrides))).toEqual([]);
  });

  it('names the field and the bidi rule', () => {
    const [problem] = checkListing(
      validDraft({ title: 'Coding \u202Eclub' }),
      SKILLS,
    );
    expect(problem?.message).toContain('title');
    expect(problem?.message).toContain('U+202E');
    expect(problem?.message).toContain('bidirectional control character');
  });

  it('names the field and the letter rule', () => {
    const [problem] = checkListing(
      validDraft({ summary: '\u202E'.repeat(12) }),
      SKILLS,
    );
    expect(problem?.field).toBe('summary');
    expect(problem?.message).toContain('summary contains no letter or digit');
  });

  it('counts characters, not UTF-16 units', () => {
    const title = `A${'🌏'.repeat(LISTING_LIMITS.titleLength.max - 1)}`;
    expect(fieldsOf(validDraft({ title }))).toEqual([]);
  });

  it('rejects one character over, in emoji', () => {
    const title = `A${'🌏'.repeat(LISTING_LIMITS.titleLength.max)}`;
    expect(fieldsOf(validDraft({ title }))).toEqual(['title']);
  });

  it('accepts the longest title', () => {
    const title = 'x'.repeat(LISTING_LIMITS.titleLength.max);
    expect(fieldsOf(validDraft({ title }))).toEqual([]);
  });

  it('names the length and the limits', () => {
    const [problem] = checkListing(validDraft({ title: 'ab' }), SKILLS);
    expect(problem?.message).toContain('2 characters');
    expect(problem?.message).toContain('3 to 120');
  });
});

describe('checkListing place', () => {
  it('rejects an online listing with a location', () => {
    const draft = validDraft({ mode: OpportunityMode.ONLINE });
    expect(fieldsOf(draft)).toEqual(['location']);
  });

  it.each([OpportunityMode.IN_PERSON, OpportunityMode.HYBRID])(
    'rejects %s without a location',
    (mode) => {
      expect(fieldsOf(validDraft({ mode, location: null }))).toEqual([
        'location',
      ]);
    },
  );

  it('says in-person with a hyphen', () => {
    const [problem] = checkListing(validDraft({ location: null }), SKILLS);
    expect(problem?.message).toContain('in-person');
  });

  it.each([
    [
      'latitude above 90',
      { latitude: 90.5, longitude: 150 },
      'location.latitude',
    ],
    [
      'latitude below -90',
      { latitude: -91, longitude: 150 },
      'location.latitude',
    ],
    [
      'longitude above 180',
      { latitude: -33, longitude: 181 },
      'location.longitude',
    ],
    [
      'longitude below -180',
      { latitude: -33, longitude: -180.5 },
      'location.longitude',
    ],
    [
      'latitude NaN',
      { latitude: Number.NaN, longitude: 150 },
      'location.latitude',
    ],
    [
      'swapped coordinates',
      { latitude: 150.31, longitude: -33.71 },
      'location.latitude',
    ],
  ])('rejects %s', (_name, location, field) => {
    expect(fieldsOf(validDraft({ location }))).toEqual([field]);
  });

  it('accepts the poles and the antimeridian', () => {
    for (const location of [
      { latitude: 90, longitude: 180 },
      { latitude: -90, longitude: -180 },
    ]) {
      expect(fieldsOf(validDraft({ location }))).toEqual([]);
    }
  });

  it('needs a venue name with a location', () => {
    expect(fieldsOf(validDraft({ venueName: null }))).toEqual(['venueName']);
    expect(fieldsOf(validDraft({ venueName: '  ' }))).toEqual(['venueName']);
  });
});

describe('checkListing cost', () => {
  it('accepts a price with a currency', () => {
    expect(fieldsOf(validDraft({ costMinor: 500, currency: 'AUD' }))).toEqual(
      [],
    );
  });

  it('rejects a currency without a price', () => {
    expect(fieldsOf(validDraft({ currency: 'AUD' }))).toEqual(['costMinor']);
  });

  it('rejects a price without a currency', () => {
    expect(fieldsOf(validDraft({ costMinor: 500 }))).toEqual(['currency']);
  });

  it('rejects a code that is not ISO 4217', () => {
    expect(fieldsOf(validDraft({ costMinor: 500, currency: 'XYZ' }))).toEqual([
      'currency',
    ]);
  });

  it.each([0, -1, 1.5, LISTING_LIMITS.costMinor.max + 1])(
    'rejects the price %s',
    (costMinor) => {
      expect(fieldsOf(validDraft({ costMinor, currency: 'GBP' }))).toEqual([
        'costMinor',
      ]);
    },
  );
});

describe('checkListing ages and capacity', () => {
  it('rejects a maximum age below the minimum', () => {
    expect(fieldsOf(validDraft({ minAge: 20, maxAge: 18 }))).toEqual([
      'maxAge',
    ]);
  });

  it.each([
    ['minAge', { minAge: -1 }],
    ['minAge', { minAge: 16.5 }],
    ['maxAge', { maxAge: 121 }],
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: LISTING_LIMITS.capacity.max + 1 }],
  ] as const)('rejects %s in %j', (field, overrides) => {
    expect(fieldsOf(validDraft(overrides))).toEqual([field]);
  });
});

describe('checkListing tags', () => {
  it.each([0, 18, 4.5])('rejects SDG %s', (sdg) => {
    expect(fieldsOf(validDraft({ sdgs: [sdg] }))).toEqual(['sdgs']);
  });

  it('accepts SDGs 1 and 17', () => {
    expect(fieldsOf(validDraft({ sdgs: [1, 17] }))).toEqual([]);
  });

  it('rejects an unknown skill and lists the known ones', () => {
    const [problem] = checkListing(
      validDraft({ skills: ['juggling'] }),
      SKILLS,
    );
    expect(problem?.field).toBe('skills');
    expect(problem?.message).toContain('"juggling"');
    expect(problem?.message).toContain('creativity, numeracy');
  });
});

describe('checkListing sessions', () => {
  const session = (
    startsAt: Date,
    endsAt: Date,
    timeZone = 'Europe/London',
  ) => ({
    startsAt,
    endsAt,
    timeZone,
  });

  it('rejects an end before the start', () => {
    const draft = validDraft({
      sessions: [session(STARTS, new Date(STARTS.getTime() - HOUR))],
    });
    expect(fieldsOf(draft)).toEqual(['sessions.0.endsAt']);
  });

  it('rejects an end equal to the start', () => {
    const draft = validDraft({ sessions: [session(STARTS, STARTS)] });
    expect(fieldsOf(draft)).toEqual(['sessions.0.endsAt']);
  });

  it('rejects a session longer than the maximum', () => {
    const days = LISTING_LIMITS.sessionDays + 1;
    const endsAt = new Date(STARTS.getTime() + days * 24 * HOUR);
    expect(
      fieldsOf(validDraft({ sessions: [session(STARTS, endsAt)] })),
    ).toEqual(['sessions.0.endsAt']);
  });

  it('rejects a start years too far ahead', () => {
    const startsAt = new Date('9999-12-31T10:00:00Z');
    const draft = validDraft({
      sessions: [session(startsAt, new Date(startsAt.getTime() + HOUR))],
    });
    expect(fieldsOf(draft)).toEqual(['sessions.0.startsAt']);
  });

  it('accepts a start four years ahead', () => {
    const startsAt = new Date(Date.now() + 4 * 365 * 24 * HOUR);
    const draft = validDraft({
      sessions: [session(startsAt, new Date(startsAt.getTime() + HOUR))],
    });
    expect(fieldsOf(draft)).toEqual([]);
  });

  it('rejects invalid dates', () => {
    const invalid = new Date('not a date');
    const draft = validDraft({ sessions: [session(invalid, invalid)] });
    expect(fieldsOf(draft)).toEqual([
      'sessions.0.startsAt',
      'sessions.0.endsAt',
    ]);
  });

  it('rejects an unknown time zone at its index', () => {
    const endsAt = new Date(STARTS.getTime() + HOUR);
    const draft = validDraft({
      sessions: [
        session(STARTS, endsAt),
        session(STARTS, endsAt, 'Mars/Olympus_Mons'),
      ],
    });
    expect(fieldsOf(draft)).toEqual(['sessions.1.timeZone']);
  });

  it('rejects more sessions than the maximum', () => {
    const endsAt = new Date(STARTS.getTime() + HOUR);
    const sessions = Array.from({ length: LISTING_LIMITS.sessions + 1 }, () =>
      session(STARTS, endsAt),
    );
    expect(fieldsOf(validDraft({ sessions }))).toEqual(['sessions']);
  });
});

describe('isTimeZone', () => {
  it.each(['Australia/Sydney', 'Europe/London', 'Pacific/Fiji', 'UTC'])(
    'accepts %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', 'Sydney', 'Mars/Olympus_Mons', 'x'.repeat(65), 'UTC\u0000'])(
    'rejects %j',
    (zone) => {
      expect(isTimeZone(zone)).toBe(false);
    },
  );
});

describe('accessibility rules', () => {
  it('rejects an unknown group', () => {
    const draft = validDraft({
      accessibilitySupport: ['wheelchair' as AccessibilitySupport],
    });

    expect(checkListing(draft, SKILLS)).toEqual([
      {
        field: 'accessibilitySupport',
        message: expect.stringContaining(
          '"wheelchair" is not an accessibility support group',
        ),
      },
    ]);
  });

  it('rejects a repeated group', () => {
    const draft = validDraft({
      accessibilitySupport: [
        AccessibilitySupport.MENTAL_HEALTH,
        AccessibilitySupport.MENTAL_HEALTH,
      ],
    });

    expect(fieldsOf(draft)).toEqual(['accessibilitySupport']);
  });

  it('measures the text in characters', () => {
    const atLimit = validDraft({ accessibilityInformation: '♿'.repeat(1000) });
    const overLimit = validDraft({
      accessibilityInformation: '♿'.repeat(1001),
    });

    expect(fieldsOf(atLimit)).toEqual([]);
    expect(fieldsOf(overLimit)).toEqual(['accessibilityInformation']);
  });
});
