import { graphql } from '@/gql';

export const ViewerRegistrationFieldsFragment = graphql(`
  fragment ViewerRegistrationFields on Registration {
    id
    status
    waitlistPosition
  }
`);

export const SessionPlacesFieldsFragment = graphql(`
  fragment SessionPlacesFields on OpportunitySession {
    id
    startsAt
    endsAt
    timeZone
    capacity
    registeredCount
    waitlistCount
    placesLeft
  }
`);

export const SessionPlacesQuery = graphql(`
  query SessionPlaces($opportunityId: ID!, $signedIn: Boolean!) {
    opportunity(id: $opportunityId) {
      id
      sessions {
        ...SessionPlacesFields
        viewerRegistration @include(if: $signedIn) {
          ...ViewerRegistrationFields
        }
      }
    }
  }
`);

export const RegisterForSessionMutation = graphql(`
  mutation RegisterForSession($input: RegisterForSessionInput!) {
    registerForSession(input: $input) {
      ...ViewerRegistrationFields
    }
  }
`);

export const WithdrawRegistrationMutation = graphql(`
  mutation WithdrawRegistration($input: WithdrawRegistrationInput!) {
    withdrawRegistration(input: $input) {
      ...ViewerRegistrationFields
    }
  }
`);

export const MyRegistrationFieldsFragment = graphql(`
  fragment MyRegistrationFields on Registration {
    id
    status
    attendance
    waitlistPosition
    createdAt
    session {
      id
      startsAt
      endsAt
      timeZone
    }
    opportunity {
      id
      title
      provider {
        id
        name
      }
    }
  }
`);

export const MyRegistrationsQuery = graphql(`
  query MyRegistrations($upcoming: Boolean, $first: Int, $after: String) {
    myRegistrations(upcoming: $upcoming, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MyRegistrationFields
        }
      }
    }
  }
`);

export const SessionRegistrationFieldsFragment = graphql(`
  fragment SessionRegistrationFields on Registration {
    id
    status
    attendance
    waitlistPosition
    createdAt
    learner {
      id
      name
      email
    }
  }
`);

export const SessionRegistrationsQuery = graphql(`
  query SessionRegistrations(
    $sessionId: ID!
    $status: RegistrationStatus
    $first: Int
    $after: String
  ) {
    sessionRegistrations(
      sessionId: $sessionId
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SessionRegistrationFields
        }
      }
      session {
        ...SessionPlacesFields
        attendanceOpensAt
      }
      opportunity {
        id
        title
      }
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      id
      attendance
    }
  }
`);

export const MarkAllAttendanceMutation = graphql(`
  mutation MarkAllAttendance($input: MarkAllAttendanceInput!) {
    markAllAttendance(input: $input)
  }
`);
