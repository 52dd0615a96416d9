import { graphql } from '@/gql';

export const PlaceFieldsFragment = graphql(`
  fragment PlaceFields on Place {
    id
    name
    countryCode
    adminCode
    population
    location {
      latitude
      longitude
    }
  }
`);

export const SearchPlacesQuery = graphql(`
  query SearchPlaces($search: String!, $first: Int!) {
    places(search: $search, first: $first) {
      ...PlaceFields
    }
  }
`);

export const PlaceQuery = graphql(`
  query Place($id: ID!) {
    place(id: $id) {
      ...PlaceFields
    }
  }
`);
