import type { AccessibilitySupport, OpportunityKind } from '../src/gql/graphql';
import { SDGS, SKILLS } from './reference-data';

/** Places of the Blue Mountains and beyond, as GeoNames lists them. */
export const PLACES = [
  {
    id: '2161376',
    name: 'Katoomba',
    countryCode: 'AU',
    adminCode: '02',
    population: 7964,
    location: { latitude: -33.71277, longitude: 150.31107 },
  },
  {
    id: '2160517',
    name: 'Leura',
    countryCode: 'AU',
    adminCode: '02',
    population: 4412,
    location: { latitude: -33.71667, longitude: 150.33333 },
  },
  {
    id: '2176592',
    name: 'Blackheath',
    countryCode: 'AU',
    adminCode: '02',
    population: 4149,
    location: { latitude: -33.63333, longitude: 150.28333 },
  },
  {
    id: '2153391',
    name: 'Penrith',
    countryCode: 'AU',
    adminCode: '02',
    population: 13295,
    location: { latitude: -33.75, longitude: 150.7 },
  },
  {
    id: '2179537',
    name: 'Wellington',
    countryCode: 'NZ',
    adminCode: 'G2',
    population: 381900,
    location: { latitude: -41.28664, longitude: 174.77557 },
  },
].map((place) => ({
  __typename: 'Place' as const,
  ...place,
  location: { __typename: 'GeoPoint' as const, ...place.location },
}));

const KINDS: OpportunityKind[] = [
  'WORKSHOP',
  'MENTORING',
  'WORK_EXPERIENCE',
  'EVENT',
  'COURSE',
  'VOLUNTEERING',
  'YOUTH_CAFE',
];
const TOPICS = [
  'Bushcare Saturday',
  'Coding Club',
  'Youth Radio Studio',
  'Barista Skills',
  'Climate Action Lab',
  'Bush Regeneration Crew',
  'Library Maker Space',
  'Film Making Weekend',
  'Rock Climbing Safety',
  'Mentoring Circle',
  'Repair Café',
  'Indigenous Plants Walk',
  'Small Business Basics',
  'Photography for Beginners',
  'First Aid Course',
  'Mural Painting',
  'Podcast Lab',
  'Sustainable Fashion Swap',
  'Trail Running Event',
  'Job Ready Workshop',
  'Science in the Park',
  'Gallery Volunteering',
  'Community Garden',
  'Chess and Strategy',
];
const PROVIDERS = [
  {
    id: 'org-bmcc',
    name: 'Blue Mountains City Library',
    website: 'https://library.example.org',
  },
  { id: 'org-tafe', name: 'TAFE NSW Katoomba', website: null },
  {
    id: 'org-youth',
    name: 'Mountains Youth Services',
    website: 'https://youth.example.org',
  },
];

/** 24 published opportunities around Katoomba, deterministic for tests. */
export const OPPORTUNITIES = TOPICS.map((title, index) => {
  const katoomba = PLACES[0]!.location;
  const angle = index * 2.4;
  const offset = 0.004 + index * 0.006;
  const free = index % 3 !== 1;
  const startsAt = new Date(Date.UTC(2026, 11, 12 + index, 23, 0));
  const provider = PROVIDERS[index % PROVIDERS.length]!;

  return {
    __typename: 'Opportunity' as const,
    id: `opp-${String(index + 1).padStart(2, '0')}`,
    title,
    summary: `${title} for young people in the Blue Mountains.`,
    description: `## What you do\n\nJoin **${title}** with local mentors.\n\n- Bring water\n- Wear closed shoes`,
    kind: KINDS[index % KINDS.length]!,
    mode: index % 5 === 4 ? ('HYBRID' as const) : ('IN_PERSON' as const),
    status: 'PUBLISHED' as const,
    location: {
      __typename: 'GeoPoint' as const,
      latitude: katoomba.latitude + offset * Math.sin(angle),
      longitude: katoomba.longitude + offset * Math.cos(angle),
    },
    venueName: `${provider.name} hall`,
    venueAddress: `${10 + index} Katoomba Street, Katoomba NSW 2780`,
    place: {
      __typename: 'Place' as const,
      id: PLACES[0]!.id,
      name: 'Katoomba',
    },
    sessions: [0, 7].map((days, sessionIndex) => ({
      __typename: 'OpportunitySession' as const,
      id: `session-${index + 1}-${sessionIndex + 1}`,
      startsAt: new Date(startsAt.getTime() + days * 86_400_000).toISOString(),
      endsAt: new Date(
        startsAt.getTime() + days * 86_400_000 + 2 * 3_600_000,
      ).toISOString(),
      timeZone: 'Australia/Sydney',
    })),
    cost: {
      __typename: 'Cost' as const,
      free,
      amountMinor: free ? null : 1500 + index * 100,
      currency: free ? null : 'AUD',
    },
    minAge: 16,
    maxAge: index % 2 === 0 ? 24 : null,
    capacity: 12 + index,
    // Every fourth listing states its access support, the rest give none.
    accessibilitySupport: (index % 4 === 0
      ? ['PHYSICAL_IMPAIRMENT', 'HEARING_IMPAIRMENT']
      : []) as AccessibilitySupport[],
    accessibilityInformation:
      index % 4 === 0 ? 'Step-free entry from the car park.' : null,
    sdgs: [SDGS[3]!, SDGS[(index * 5) % 17]!].filter(
      (sdg, i, all) => all.indexOf(sdg) === i,
    ),
    skills: [SKILLS[index % 16]!, SKILLS[(index + 7) % 16]!],
    provider: {
      __typename: 'Organisation' as const,
      kind: 'PROVIDER' as const,
      description: '',
      ...provider,
    },
  };
});

export type FixtureOpportunity = (typeof OPPORTUNITIES)[number];
