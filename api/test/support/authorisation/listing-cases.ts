import { type MutationCase, rows } from './case.js';
import { createDraft, createListing, unique, validListing } from './records.js';
import type { World } from './world.js';

/** Owners and editors of provider P, and admins. */
const LISTING_EDITORS = ['owner', 'editor', 'admin'] as const;

/** Owners and editors of council C, whose area covers the listing, and admins. */
const MODERATORS = ['owner', 'editor', 'admin'] as const;

function listingState(world: World, opportunityId: string) {
  return () =>
    rows(
      world,
      `SELECT title, status, reviewed_by_id, moderation_note
         FROM opportunities WHERE id = $1`,
      [opportunityId],
    );
}

export const LISTING_CASES: MutationCase[] = [
  {
    mutation: 'createOpportunity',
    document: `mutation ($input: CreateOpportunityInput!) {
      createOpportunity(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: LISTING_EDITORS,
    async prepare(world) {
      const title = `Created listing ${unique()}`;

      return {
        variables: {
          input: {
            organisationId: world.providerId,
            listing: validListing(title),
          },
        },
        readState: () =>
          rows(world, 'SELECT id FROM opportunities WHERE title = $1', [title]),
      };
    },
  },
  {
    mutation: 'updateOpportunity',
    document: `mutation ($input: UpdateOpportunityInput!) {
      updateOpportunity(input: $input) { id title }
    }`,
    target: 'provider',
    allowed: LISTING_EDITORS,
    async prepare(world) {
      const opportunityId = await createListing(world, 'draft');

      return {
        variables: { input: { opportunityId, listing: validListing() } },
        readState: listingState(world, opportunityId),
      };
    },
  },
  {
    mutation: 'submitOpportunity',
    document: `mutation ($input: SubmitOpportunityInput!) {
      submitOpportunity(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: LISTING_EDITORS,
    async prepare(world) {
      const opportunityId = await createDraft(world);

      return {
        variables: { input: { opportunityId } },
        readState: listingState(world, opportunityId),
      };
    },
  },
  {
    mutation: 'archiveOpportunity',
    document: `mutation ($input: ArchiveOpportunityInput!) {
      archiveOpportunity(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: LISTING_EDITORS,
    async prepare(world) {
      const opportunityId = await createListing(world, 'draft');

      return {
        variables: { input: { opportunityId } },
        readState: listingState(world, opportunityId),
      };
    },
  },
  {
    mutation: 'approveOpportunity',
    document: `mutation ($input: ApproveOpportunityInput!) {
      approveOpportunity(input: $input) { id status }
    }`,
    target: 'council',
    allowed: MODERATORS,
    async prepare(world) {
      const opportunityId = await createListing(world, 'pending');

      return {
        variables: { input: { opportunityId } },
        readState: listingState(world, opportunityId),
      };
    },
  },
  {
    mutation: 'rejectOpportunity',
    document: `mutation ($input: RejectOpportunityInput!) {
      rejectOpportunity(input: $input) { id status moderationNote }
    }`,
    target: 'council',
    allowed: MODERATORS,
    async prepare(world) {
      const opportunityId = await createListing(world, 'pending');

      return {
        variables: {
          input: { opportunityId, reason: 'Add the venue’s step-free access.' },
        },
        readState: listingState(world, opportunityId),
      };
    },
  },
];
