import {
  DEFAULT_RADIUS_KM,
  EMPTY_FILTERS,
  isPlaceId,
  keepKnownSkills,
  OPPORTUNITY_KINDS,
  parseSearchParams,
  toFilterInput,
  toSearchParams,
} from './search-state';

describe('search state', () => {
  test('empty query gives defaults', () => {
    expect(parseSearchParams(new URLSearchParams(''))).toEqual({
      placeId: null,
      radiusKm: DEFAULT_RADIUS_KM,
      filters: { sdgs: [], skills: [], kinds: [], freeOnly: false },
    });
  });

  test('round trip keeps every field', () => {
    const state = {
      placeId: '2161376',
      radiusKm: 10,
      filters: {
        sdgs: [4, 13],
        skills: ['creativity', 'leadership'],
        kinds: [OPPORTUNITY_KINDS[0]!, 'YOUTH_CAFE' as const],
        freeOnly: true,
      },
    };
    const query = toSearchParams(state).toString();

    expect(query).toBe(
      'place=2161376&radius=10&sdg=4%2C13&skill=creativity%2Cleadership&kind=WORKSHOP%2CYOUTH_CAFE&free=1',
    );
    expect(parseSearchParams(new URLSearchParams(query))).toEqual(state);
  });

  test('invalid values are dropped', () => {
    const state = parseSearchParams(
      new URLSearchParams(
        'place=%20&radius=7&sdg=0,4,18,4,x,2.5&kind=PARTY,EVENT&free=yes',
      ),
    );

    expect(state.placeId).toBeNull();
    expect(state.radiusKm).toBe(DEFAULT_RADIUS_KM);
    expect(state.filters.sdgs).toEqual([4]);
    expect(state.filters.kinds).toEqual(['EVENT']);
    expect(state.filters.freeOnly).toBe(false);
  });

  test('isPlaceId accepts API place ids', () => {
    expect(isPlaceId('2161376')).toBe(true);
    expect(isPlaceId('2147483647')).toBe(true);
    expect(isPlaceId('2147483648')).toBe(false);
    expect(isPlaceId('abc')).toBe(false);
    expect(isPlaceId('12a')).toBe(false);
    expect(isPlaceId('-5')).toBe(false);
    expect(isPlaceId('')).toBe(false);
  });

  test('keepKnownSkills drops unknown ids', () => {
    const filters = { ...EMPTY_FILTERS, skills: ['zzz', 'numeracy'] };
    const known = new Set(['literacy', 'numeracy']);

    expect(keepKnownSkills(filters, known).skills).toEqual(['numeracy']);
    expect(keepKnownSkills(EMPTY_FILTERS, known)).toBe(EMPTY_FILTERS);
  });

  test('default radius is left out of the URL', () => {
    const query = toSearchParams({
      placeId: null,
      radiusKm: DEFAULT_RADIUS_KM,
      filters: { sdgs: [], skills: [], kinds: [], freeOnly: false },
    });

    expect(query.toString()).toBe('');
  });

  test('toFilterInput sends only set filters', () => {
    expect(
      toFilterInput({ sdgs: [], skills: [], kinds: [], freeOnly: false }),
    ).toBeUndefined();
    expect(
      toFilterInput({ sdgs: [4], skills: [], kinds: [], freeOnly: true }),
    ).toEqual({ sdgs: [4], freeOnly: true });
  });

  test('every schema kind is listed once', () => {
    expect(OPPORTUNITY_KINDS).toEqual([
      'WORKSHOP',
      'MENTORING',
      'WORK_EXPERIENCE',
      'EVENT',
      'COURSE',
      'VOLUNTEERING',
      'YOUTH_CAFE',
    ]);
  });
});
