import type { Page } from 'playwright-core';

import { graphqlAs } from './graphql-requests';

/**
 * Steps that other browser tests take through the pages, taken here
 * through the API, so that the pathway flow starts from a provider with
 * badge designs and a published pathway.
 */

/** Creates a badge design of the organisation and returns its id. */
export async function createBadgeDesign(
  provider: Page,
  origin: string,
  organisationId: string,
  name: string,
): Promise<string> {
  const { createAchievement } = await graphqlAs<{
    createAchievement: { id: string };
  }>(
    provider,
    origin,
    `mutation CreateAchievement($input: CreateAchievementInput!) {
      createAchievement(input: $input) { id }
    }`,
    {
      input: {
        organisationId,
        name,
        achievementType: 'Competency',
        description: `${name}: shown in practice on a local project.`,
        criteriaNarrative: 'Take part in every session and finish the task.',
        sdgNumbers: [15],
        skillIds: ['collaboration'],
      },
    },
  );

  return createAchievement.id;
}

export interface PathwayPlan {
  organisationId: string;
  title: string;
  goalAchievementId: string;
  /** A badge from elsewhere, named by its Achievement and issuer ids. */
  external: { achievementUri: string; issuerUri: string; name: string };
  /** A badge designed here. */
  localAchievementId: string;
}

/** Creates and publishes a free pathway of two steps; returns its id. */
export async function publishPathway(
  provider: Page,
  origin: string,
  plan: PathwayPlan,
): Promise<string> {
  const { createPathway } = await graphqlAs<{ createPathway: { id: string } }>(
    provider,
    origin,
    `mutation CreatePathway($input: CreatePathwayInput!) {
      createPathway(input: $input) { id }
    }`,
    {
      input: {
        organisationId: plan.organisationId,
        title: plan.title,
        description: 'First aid first, then care for the bush together.',
        goalAchievementId: plan.goalAchievementId,
        sdgNumbers: [15],
        skillIds: ['collaboration'],
        steps: [
          { options: [plan.external] },
          { options: [{ achievementId: plan.localAchievementId }] },
        ],
      },
    },
  );
  await graphqlAs(
    provider,
    origin,
    `mutation PublishPathway($input: PathwayIdInput!) {
      publishPathway(input: $input) { id }
    }`,
    { input: { pathwayId: createPathway.id } },
  );

  return createPathway.id;
}

/** Creates a claim code for the badge and returns its claim page URL. */
export async function createClaimCode(
  provider: Page,
  origin: string,
  achievementId: string,
): Promise<string> {
  const { createClaimCode: claimCode } = await graphqlAs<{
    createClaimCode: { claimUrl: string };
  }>(
    provider,
    origin,
    `mutation CreateClaimCode($input: CreateClaimCodeInput!) {
      createClaimCode(input: $input) { claimUrl }
    }`,
    {
      input: {
        achievementId,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        maxRedemptions: 5,
      },
    },
  );

  return claimCode.claimUrl;
}
