import type { FakeReply } from '@test/fake-api';
import { SDGS, SKILLS } from '@test/reference-data';

import type { PageOpportunity } from './opportunity-types';

export const OPPORTUNITY_ID = '5f0c2a0e-8d43-4b7e-9a55-2f1f3c6b7d10';

/** Builds a published opportunity as a signed-out visitor gets it, with `overrides` applied. */
export function pageOpportunityFixture(
  overrides: Partial<PageOpportunity> = {},
): PageOpportunity {
  return {
    id: OPPORTUNITY_ID,
    title: 'Bike Repair Workshop',
    summary: 'Learn to fix brakes, gears and punctures.',
    description: 'Bring **your own bike** if you have one.',
    kind: 'WORKSHOP',
    mode: 'IN_PERSON',
    status: 'PUBLISHED',
    viewerCanEdit: false,
    location: { latitude: -33.71277, longitude: 150.31107 },
    venueName: 'Katoomba Library',
    venueAddress: '30 Parke Street, Katoomba NSW 2780',
    place: { id: '2161376', name: 'Katoomba' },
    sessions: [
      {
        id: 'session-1',
        startsAt: '2027-03-06T23:00:00.000Z',
        endsAt: '2027-03-07T01:30:00.000Z',
        timeZone: 'Australia/Sydney',
      },
    ],
    cost: { free: true, amountMinor: null, currency: null },
    minAge: 16,
    maxAge: 24,
    capacity: 12,
    accessibilitySupport: ['PHYSICAL_IMPAIRMENT', 'HEARING_IMPAIRMENT'],
    accessibilityInformation: 'Step-free entry from Parke Street.',
    sdgs: [SDGS[10]!, SDGS[3]!].map(({ number, shortTitle, colour }) => ({
      number,
      shortTitle,
      colour,
    })),
    skills: [SKILLS[0]!, SKILLS[9]!].map(({ id, name, group, position }) => ({
      id,
      name,
      group,
      position,
    })),
    provider: {
      id: 'org-1',
      name: 'Katoomba Bike Club',
      website: 'https://bikes.example.org',
    },
    achievement: {
      id: 'ach-1',
      name: 'Bike Mechanic',
      description: 'Services a bike from brakes to gears.',
      imageUrl: 'http://localhost:3000/api/achievements/ach-1/image',
    },
    ...overrides,
  };
}

/** Builds an `OpportunityPage` reply that contains `opportunity`. */
export function opportunityPageReply(
  opportunity: PageOpportunity | null,
): FakeReply {
  return { body: { data: { opportunity } } };
}
