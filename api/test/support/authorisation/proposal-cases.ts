import { type MutationCase, rows } from './case.js';
import { unique } from './records.js';
import { KATOOMBA, SIGNED_IN, type World } from './world.js';

/** Owners and editors of council C, whose area covers Katoomba, and admins. */
const MODERATORS = ['owner', 'editor', 'admin'] as const;

/** Owners and editors of provider P, and admins. */
const LISTING_EDITORS = ['owner', 'editor', 'admin'] as const;

/** Inserts a proposal of the world's learner at Katoomba. */
async function insertProposal(world: World, hidden = false): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO proposals (author_id, kind, title, location, hidden_at,
       hidden_reason)
     VALUES ($1, 'opportunity', $2,
       ST_SetSRID(ST_MakePoint($3, $4), 4326)::geography,
       CASE WHEN $5 THEN now() END, CASE WHEN $5 THEN 'Hidden for a test' END)
     RETURNING id`,
    [
      world.users.learner.id,
      `Proposal ${unique()}`,
      KATOOMBA.longitude,
      KATOOMBA.latitude,
      hidden,
    ],
  );

  return row!.id as string;
}

async function insertComment(
  world: World,
  proposalId: string,
  hidden = false,
): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO proposal_comments (proposal_id, author_id, body, hidden_at,
       hidden_reason)
     VALUES ($1, $2, 'A comment',
       CASE WHEN $3 THEN now() END, CASE WHEN $3 THEN 'Hidden for a test' END)
     RETURNING id`,
    [proposalId, world.users.learner.id, hidden],
  );

  return row!.id as string;
}

function proposalState(world: World, id: string) {
  return () =>
    rows(
      world,
      `SELECT title, status, hidden_at IS NOT NULL AS hidden,
              (SELECT count(*)::int FROM proposal_supports WHERE proposal_id = p.id) AS supports,
              (SELECT count(*)::int FROM proposal_comments WHERE proposal_id = p.id) AS comments,
              (SELECT count(*)::int FROM proposal_reports WHERE proposal_id = p.id) AS reports,
              (SELECT count(*)::int FROM proposal_listings WHERE proposal_id = p.id) AS listings
         FROM proposals p WHERE id = $1`,
      [id],
    );
}

function commentState(world: World, id: string) {
  return () =>
    rows(
      world,
      'SELECT hidden_at IS NOT NULL AS hidden FROM proposal_comments WHERE id = $1',
      [id],
    );
}

const FIELDS = {
  kind: 'OPPORTUNITY',
  title: 'Climbing wall for the youth centre',
  description: 'Bouldering after school.',
  location: KATOOMBA,
  sdgs: [3],
  skills: ['persistence'],
};

export const PROPOSAL_CASES: MutationCase[] = [
  {
    mutation: 'createProposal',
    document: `mutation ($input: CreateProposalInput!) {
      createProposal(input: $input) { id }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world) {
      const title = `Proposed ${unique()}`;

      return {
        variables: { input: { proposal: { ...FIELDS, title } } },
        readState: () =>
          rows(world, 'SELECT id FROM proposals WHERE title = $1', [title]),
      };
    },
  },
  {
    mutation: 'updateProposal',
    document: `mutation ($input: UpdateProposalInput!) {
      updateProposal(input: $input) { id }
    }`,
    target: 'none',
    allowed: ['learner'],
    async prepare(world) {
      const proposalId = await insertProposal(world);

      return {
        variables: { input: { proposalId, proposal: FIELDS } },
        readState: proposalState(world, proposalId),
      };
    },
  },
  {
    mutation: 'withdrawProposal',
    document: `mutation ($input: ProposalIdInput!) {
      withdrawProposal(input: $input) { id }
    }`,
    target: 'none',
    allowed: ['learner'],
    async prepare(world) {
      const proposalId = await insertProposal(world);

      return {
        variables: { input: { proposalId } },
        readState: proposalState(world, proposalId),
      };
    },
  },
  ...(['supportProposal', 'removeProposalSupport'] as const).map(
    (mutation): MutationCase => ({
      mutation,
      document: `mutation ($input: ProposalIdInput!) {
        ${mutation}(input: $input) { id supportCount }
      }`,
      target: 'none',
      allowed: SIGNED_IN,
      async prepare(world) {
        const proposalId = await insertProposal(world);

        return {
          variables: { input: { proposalId } },
          readState: proposalState(world, proposalId),
        };
      },
    }),
  ),
  {
    mutation: 'commentOnProposal',
    document: `mutation ($input: CommentOnProposalInput!) {
      commentOnProposal(input: $input) { id }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world) {
      const proposalId = await insertProposal(world);

      return {
        variables: { input: { proposalId, body: 'Great idea' } },
        readState: proposalState(world, proposalId),
      };
    },
  },
  {
    mutation: 'reportProposal',
    document: `mutation ($input: ReportProposalInput!) {
      reportProposal(input: $input) { id }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world) {
      const proposalId = await insertProposal(world);

      return {
        variables: { input: { proposalId, reason: 'Looks like spam' } },
        readState: proposalState(world, proposalId),
      };
    },
  },
  {
    mutation: 'convertProposalToListing',
    document: `mutation ($input: ConvertProposalToListingInput!) {
      convertProposalToListing(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: LISTING_EDITORS,
    async prepare(world) {
      const proposalId = await insertProposal(world);

      return {
        variables: {
          input: {
            proposalId,
            organisationId: world.providerId,
            kind: 'WORKSHOP',
          },
        },
        readState: proposalState(world, proposalId),
      };
    },
  },
  ...(['hideProposal', 'unhideProposal'] as const).map(
    (mutation): MutationCase => ({
      mutation,
      document: `mutation ($input: ModerateProposalInput!) {
        ${mutation}(input: $input) { id hidden }
      }`,
      target: 'council',
      allowed: MODERATORS,
      async prepare(world) {
        const proposalId = await insertProposal(
          world,
          mutation === 'unhideProposal',
        );

        return {
          variables: { input: { proposalId, reason: 'Moderated in a test' } },
          readState: proposalState(world, proposalId),
        };
      },
    }),
  ),
  ...(['hideProposalComment', 'unhideProposalComment'] as const).map(
    (mutation): MutationCase => ({
      mutation,
      document: `mutation ($input: ModerateProposalCommentInput!) {
        ${mutation}(input: $input) { id hidden }
      }`,
      target: 'council',
      allowed: MODERATORS,
      async prepare(world) {
        const proposalId = await insertProposal(world);
        const commentId = await insertComment(
          world,
          proposalId,
          mutation === 'unhideProposalComment',
        );

        return {
          variables: { input: { commentId, reason: 'Moderated in a test' } },
          readState: commentState(world, commentId),
        };
      },
    }),
  ),
  {
    mutation: 'dismissProposalReport',
    document: `mutation ($input: DismissProposalReportInput!) {
      dismissProposalReport(input: $input) { id resolvedAt }
    }`,
    target: 'council',
    allowed: MODERATORS,
    async prepare(world) {
      const proposalId = await insertProposal(world);
      const [report] = await rows(
        world,
        `INSERT INTO proposal_reports (proposal_id, reporter_id, reason)
         VALUES ($1, $2, 'Looks like spam') RETURNING id`,
        [proposalId, world.users.learner.id],
      );
      const reportId = report!.id as string;

      return {
        variables: { input: { reportId } },
        readState: () =>
          rows(
            world,
            'SELECT resolved_at FROM proposal_reports WHERE id = $1',
            [reportId],
          ),
      };
    },
  },
];
