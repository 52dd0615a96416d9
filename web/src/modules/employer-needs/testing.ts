import type { FakeReply, Handler } from '@test/fake-api';

import type { OrganisationRole } from '@/gql/graphql';
import { meHandler, viewerFixture } from '@/modules/accounts/testing';

export const EMPLOYER_ID = 'org-employer';
export const NEED_ID = 'need-1';

const skill = (id: string, name: string) => ({ __typename: 'Skill', id, name });

export const COMMUNICATION = skill('communication', 'Communication');
export const NUMERACY = skill('numeracy', 'Numeracy');

/** Creates a stored skill need of the test employer, with `overrides` applied. */
export function needFixture(
  role: OrganisationRole | null,
  overrides: Record<string, unknown> = {},
) {
  return {
    __typename: 'SkillNeed',
    id: NEED_ID,
    title: 'Trainee barista',
    status: 'OPEN',
    isOpen: true,
    closesOn: '2027-03-31',
    openings: 3,
    placeName: 'Katoomba',
    radiusKm: 15,
    description: 'Serve **great** coffee.',
    escoSkillUris: [],
    applyUrl: 'https://jobs.example.org/barista',
    location: { latitude: -33.71277, longitude: 150.31107 },
    employer: {
      __typename: 'Organisation',
      id: EMPLOYER_ID,
      name: 'Mountain Café',
      kind: 'EMPLOYER',
      viewerRole: role,
    },
    skills: [COMMUNICATION, NUMERACY],
    myMatch: null,
    ...overrides,
  };
}

/** A `SkillNeed` handler that returns `need`. */
export function needHandler(need: ReturnType<typeof needFixture>): Handler {
  return () => ({ body: { data: { skillNeed: need } } });
}

/**
 * A `NeedOrganisation` handler for the test employer, where the viewer has
 * `role`; `verified` false makes it await verification.
 */
export function employerHandler(
  role: OrganisationRole | null,
  kind: 'EMPLOYER' | 'PROVIDER' = 'EMPLOYER',
  verified = true,
): Handler {
  return () => ({
    body: {
      data: {
        organisation: {
          __typename: 'Organisation',
          id: EMPLOYER_ID,
          name: 'Mountain Café',
          kind,
          verified,
          viewerRole: role,
        },
      },
    },
  });
}

/** A `Me` handler for a member of the test employer. */
export function employerMember(role: OrganisationRole): Handler {
  return meHandler(
    viewerFixture({
      memberships: [
        {
          role,
          organisation: {
            id: EMPLOYER_ID,
            name: 'Mountain Café',
            kind: 'EMPLOYER',
          },
        },
      ],
    }),
  );
}

/** Builds one page of a connection from its nodes. */
export function connection<T>(
  nodes: readonly T[],
  extra: (node: T, index: number) => Record<string, unknown> = () => ({}),
) {
  return {
    edges: nodes.map((node, index) => ({
      cursor: `cursor:${index}`,
      node,
      ...extra(node, index),
    })),
    pageInfo: {
      hasNextPage: false,
      endCursor: nodes.length ? `cursor:${nodes.length - 1}` : null,
    },
    totalCount: nodes.length,
  };
}

/** Builds a `LearnerContactSettings` reply for a learner with these settings. */
export function contactSettingsReply(
  employerContact: boolean,
  consentedTo: readonly string[] = [],
  isMinor = false,
): FakeReply {
  return {
    body: {
      data: {
        me: { __typename: 'Account', id: 'user-1', employerContact, isMinor },
        myEmployerContactConsents: consentedTo.map((id) => ({
          createdAt: '2026-11-02T03:00:00Z',
          employer: { __typename: 'Organisation', id, name: 'Mountain Café' },
        })),
      },
    },
  };
}
