import { graphql } from '@/gql';

export const OpportunityPageQuery = graphql(`
  query OpportunityPage($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityFactsFields
      status
      viewerCanEdit
      achievement {
        id
        name
        description
        imageUrl
      }
    }
  }
`);
