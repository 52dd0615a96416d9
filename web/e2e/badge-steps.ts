import type { Page } from 'playwright-core';

import { graphqlAs } from './graphql-requests';

/**
 * Steps that the listing flow already tests through the pages, taken here
 * through the API, so that the badge flow starts from a published listing
 * with an attended learner.
 */

/** Sets a council's area to `area`, a GeoJSON Feature or geometry. */
export async function setCouncilArea(
  council: Page,
  origin: string,
  organisationId: string,
  area: object,
) {
  await graphqlAs(
    council,
    origin,
    `mutation SetCouncilArea($input: SetCouncilAreaInput!) {
      setCouncilArea(input: $input) { id }
    }`,
    { input: { organisationId, geoJson: JSON.stringify(area) } },
  );
}

/** Verifies an organisation as a platform administrator. */
export async function verifyOrganisation(
  administrator: Page,
  origin: string,
  organisationId: string,
) {
  await graphqlAs(
    administrator,
    origin,
    `mutation VerifyOrganisation($input: VerifyOrganisationInput!) {
      verifyOrganisation(input: $input) { id verified }
    }`,
    { input: { organisationId } },
  );
}

/** Publishes a pending listing as a member of a verified council. */
export async function approveListing(
  council: Page,
  origin: string,
  opportunityId: string,
) {
  await graphqlAs(
    council,
    origin,
    `mutation ApproveOpportunity($input: ApproveOpportunityInput!) {
      approveOpportunity(input: $input) { id status }
    }`,
    { input: { opportunityId } },
  );
}

/** Registers the signed-in learner for the listing's first session. */
export async function registerForFirstSession(
  learner: Page,
  origin: string,
  opportunityId: string,
): Promise<{ sessionId: string; registrationId: string }> {
  const { opportunity } = await graphqlAs<{
    opportunity: { sessions: { id: string }[] } | null;
  }>(
    learner,
    origin,
    `query ListingSessions($id: ID!) {
      opportunity(id: $id) { sessions { id } }
    }`,
    { id: opportunityId },
  );
  const sessionId = opportunity?.sessions[0]?.id;
  if (sessionId === undefined) {
    throw new Error(`Listing ${opportunityId} has no session to register for.`);
  }
  const { registerForSession } = await graphqlAs<{
    registerForSession: { id: string; status: string };
  }>(
    learner,
    origin,
    `mutation RegisterForSession($input: RegisterForSessionInput!) {
      registerForSession(input: $input) { id status }
    }`,
    { input: { sessionId } },
  );

  return { sessionId, registrationId: registerForSession.id };
}

/** Marks a registration attended as a member of the provider. */
export async function markAttended(
  provider: Page,
  origin: string,
  registrationId: string,
) {
  await graphqlAs(
    provider,
    origin,
    `mutation MarkAttendance($input: MarkAttendanceInput!) {
      markAttendance(input: $input) { id attendance }
    }`,
    { input: { registrationId, attendance: 'ATTENDED' } },
  );
}
