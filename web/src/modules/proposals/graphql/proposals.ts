import { graphql } from '@/gql';

export const ProposalSummaryFieldsFragment = graphql(`
  fragment ProposalSummaryFields on Proposal {
    id
    kind
    title
    status
    placeName
    location {
      latitude
      longitude
    }
    sdgNumbers
    supportCount
    commentCount
    hidden
  }
`);

export const ProposalsQuery = graphql(`
  query Proposals(
    $bbox: BoundingBoxInput
    $filter: ProposalFilterInput
    $first: Int
    $after: String
  ) {
    proposals(bbox: $bbox, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ProposalSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    canModerateProposals
  }
`);

export const ProposalCommentFieldsFragment = graphql(`
  fragment ProposalCommentFields on ProposalComment {
    id
    body
    authorFirstName
    organisationName
    organisationKind
    hidden
    hiddenReason
    viewerIsAuthor
    createdAt
  }
`);

export const ProposalDetailQuery = graphql(`
  query ProposalDetail($id: ID!, $after: String) {
    proposal(id: $id) {
      ...ProposalSummaryFields
      description
      skillIds
      authorFirstName
      createdAt
      hiddenReason
      viewerIsAuthor
      viewerSupports
      viewerCanModerate
      viewerOrganisations {
        id
        name
        kind
      }
      listings {
        opportunityId
        title
        status
        organisationName
      }
      comments(first: 50, after: $after) {
        edges {
          node {
            ...ProposalCommentFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: ProposalIdInput!) {
    withdrawProposal(input: $input) {
      id
      status
    }
  }
`);

export const SupportProposalMutation = graphql(`
  mutation SupportProposal($input: ProposalIdInput!) {
    supportProposal(input: $input) {
      id
      supportCount
      viewerSupports
    }
  }
`);

export const RemoveProposalSupportMutation = graphql(`
  mutation RemoveProposalSupport($input: ProposalIdInput!) {
    removeProposalSupport(input: $input) {
      id
      supportCount
      viewerSupports
    }
  }
`);

export const CommentOnProposalMutation = graphql(`
  mutation CommentOnProposal($input: CommentOnProposalInput!) {
    commentOnProposal(input: $input) {
      ...ProposalCommentFields
    }
  }
`);

export const ConvertProposalMutation = graphql(`
  mutation ConvertProposalToListing($input: ConvertProposalToListingInput!) {
    convertProposalToListing(input: $input) {
      id
    }
  }
`);

export const HideProposalMutation = graphql(`
  mutation HideProposal($input: ModerateProposalInput!) {
    hideProposal(input: $input) {
      id
      hidden
    }
  }
`);

export const UnhideProposalMutation = graphql(`
  mutation UnhideProposal($input: ModerateProposalInput!) {
    unhideProposal(input: $input) {
      id
      hidden
    }
  }
`);

export const HideProposalCommentMutation = graphql(`
  mutation HideProposalComment($input: ModerateProposalCommentInput!) {
    hideProposalComment(input: $input) {
      id
      hidden
    }
  }
`);

export const UnhideProposalCommentMutation = graphql(`
  mutation UnhideProposalComment($input: ModerateProposalCommentInput!) {
    unhideProposalComment(input: $input) {
      id
      hidden
    }
  }
`);

export const ReportProposalMutation = graphql(`
  mutation ReportProposal($input: ReportProposalInput!) {
    reportProposal(input: $input) {
      id
    }
  }
`);

export const ProposalReportsQuery = graphql(`
  query ProposalReports($after: String) {
    proposalReports(first: 50, after: $after) {
      edges {
        node {
          id
          proposalId
          proposalTitle
          commentId
          commentBody
          contentHidden
          reason
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DismissProposalReportMutation = graphql(`
  mutation DismissProposalReport($input: DismissProposalReportInput!) {
    dismissProposalReport(input: $input) {
      id
    }
  }
`);
