import { graphql } from '@/gql';

export const ReferenceDataQuery = graphql(`
  query ReferenceData {
    sdgs {
      number
      shortTitle
      title
      colour
    }
    skills {
      id
      name
      group
      position
    }
  }
`);
